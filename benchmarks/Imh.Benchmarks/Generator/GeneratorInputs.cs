using System.Collections.Immutable;
using System.IO;
using Basic.Reference.Assemblies;
using Imh.Dsl;
using Imh.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Benchmarks.Generator;

/// <summary>Compilations for the generator benchmarks, and the driver the compiler would create.</summary>
public static class GeneratorInputs
{
    /// <summary>The language version the catalog is written in.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(LevelAttribute).Assembly.Location)];

    /// <summary>A fresh driver with the Imh generator, as a build creates one: no step tracking.</summary>
    public static GeneratorDriver Driver(bool trackSteps = false) => Driver(new ImhGenerator(), trackSteps);

    /// <summary>A fresh driver with the baseline (<see cref="AttributeSearchGenerator"/>): the floor.</summary>
    public static GeneratorDriver BaselineDriver() => Driver(new AttributeSearchGenerator(), trackSteps: false);

    private static GeneratorDriver Driver(IIncrementalGenerator generator, bool trackSteps) => CSharpGeneratorDriver.Create(
        [generator.AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The MI-AIMH catalog: the sources of <c>src/Imh.Requirements/*.cs</c> (embedded at build time).</summary>
    public static CSharpCompilation Catalog(params SyntaxTree[] extra)
    {
        var trees = typeof(GeneratorInputs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("catalog/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => CatalogFile(n["catalog/".Length..]));
        return Compile([.. trees, .. extra]);
    }

    /// <summary>
    /// A catalog of <paramref name="levels"/> levels, one file each, in the shape of the real ones,
    /// with the MI-AIMH vocabulary (its words are what the rules filter on).
    /// </summary>
    public static CSharpCompilation Synthetic(int levels)
    {
        var trees = new List<SyntaxTree>
        {
            CSharpSyntaxTree.ParseText("[assembly: Imh.Dsl.Catalog(\"Synthetic\", Namespace = \"Synthetic\")]", ParseOptions, "Catalog.cs"),
            CatalogFile("Vocabulary.cs"),
        };
        for (int i = 1; i <= levels; i++) trees.Add(CSharpSyntaxTree.ParseText(SyntheticLevel(i), ParseOptions, $"Level{i:D4}.cs"));
        return Compile([.. trees]);
    }

    private static SyntaxTree CatalogFile(string name)
    {
        using var reader = new StreamReader(typeof(GeneratorInputs).Assembly.GetManifestResourceStream("catalog/" + name)
            ?? throw new InvalidOperationException($"catalog/{name} is not embedded"));
        return CSharpSyntaxTree.ParseText(reader.ReadToEnd(), ParseOptions, name);
    }

    /// <summary>An unrelated file, in one of two versions that differ by one edit in a method body.</summary>
    public static SyntaxTree Unrelated(bool edited) => CSharpSyntaxTree.ParseText(
        $"namespace Other;\n\npublic static class Helper\n{{\n    public static int Twice(int x) => {(edited ? "x + x" : "x * 2")};\n}}\n",
        ParseOptions, "Helper.cs");

    private static CSharpCompilation Compile(SyntaxTree[] trees) => CSharpCompilation.Create(
        "Catalog",
        [.. trees, CSharpSyntaxTree.ParseText("global using Imh.Dsl;\nglobal using System;\n", ParseOptions, "GlobalUsings.cs")],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static string SyntheticLevel(int i) => $$"""
        namespace Synthetic;

        using Imh.Requirements;

        /// <summary>Synthetic level {{i}}.</summary>
        [Level("L{{i}}", "Synthetic level {{i}}", Rank = {{i}})]
        public sealed partial record Level{{i:D4}}
        {
            /// <summary>A graduate degree and coursework.</summary>
            [Requirement("education", "Education")]
            [Source("A master's or doctorate with an official transcript, and coursework in infant mental health.")]
            [Credential(CredentialType.Master | CredentialType.Doctorate, Where = [CredentialTag.OfficialTranscript])]
            [Credential(Where = [CredentialTag.ImhCoursework], Alternative = "a")]
            [MinEntries(1, Evidence = Evidence.Training, Where = [TrainingTag.InServiceCoursework], Alternative = "b")]
            public Requirement Education { get; init; }

            /// <summary>Training hours.</summary>
            [Requirement("training", "Relationship-based education and training")]
            [Source("Minimum: {{20 + (i % 20)}} clock hours of relationship-based education and training.")]
            [MinHours({{20 + (i % 20)}}, Where = [TrainingTag.RelationshipBased])]
            public Requirement Training { get; init; }

            /// <summary>RS/C in a window.</summary>
            [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
            [Source("Minimum: 50 clock hours within a 1-year minimum and 2-year maximum timeframe.")]
            [MinHours(50, Evidence = Evidence.Sessions, Where = [SessionTag.ProviderApproved | SessionTag.WhileServing], WithinYears = 2, MinSpanYears = 1)]
            public Requirement ReflectiveSupervision { get; init; }

            /// <summary>Work, two ways.</summary>
            [Requirement("specializedWork", "Specialized work experience")]
            [Source("2 years, post-graduate, supervised work OR 1 year internship and 1 year post-graduate work.")]
            [Experience(2, Where = [WorkKind.ImhServices, WorkTag.Supervised], After = CredentialType.PostGraduate, Alternative = "a")]
            [Experience(1, Where = [WorkKind.ImhInternship, WorkTag.Supervised], Alternative = "b")]
            [Experience(1, Where = [WorkKind.ImhServices, WorkTag.Supervised], After = CredentialType.PostGraduate, Alternative = "b")]
            public Requirement SpecializedWork { get; init; }

            /// <summary>Numbered ratings.</summary>
            [Requirement("references", "Professional reference ratings")]
            [Source("Three ratings: a current supervisor, the RS/C provider, and a colleague.")]
            [Ratings(3)]
            [RatingItem(1, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher])]
            [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
            [RatingItem(3, Where = [RaterRole.Colleague | RaterRole.Supervisor])]
            [EndorsedRater("L1")]
            public Requirement References { get; init; }

            /// <summary>Documents.</summary>
            [Requirement("codeOfEthics", "Code of ethics statement and endorsement agreement")]
            [Source("Code of Ethics Statement & Endorsement Agreement Signed")]
            [Signed(Document.CodeOfEthics | Document.EndorsementAgreement)]
            public Requirement CodeOfEthics { get; init; }

            /// <summary>Exam.</summary>
            [Requirement("exam", "Written examination")]
            [Source("Successful completion of the written examination.")]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }

            /// <summary>Membership.</summary>
            [Requirement("membership", "Professional membership")]
            [Source("Membership in an infant mental health association.")]
            [Membership(Where = [MembershipTag.ImhAssociation])]
            public Requirement Membership { get; init; }

            /// <summary>Annual training.</summary>
            [Continuing("continuingTraining", "Annual specialized training")]
            [Source("15 hours of specialized training annually.")]
            [MinHours(15, InRenewalYear = true, Where = [TrainingTag.Approved], WhereAny = TrainingTag.SpecializedImh)]
            public Requirement ContinuingTraining { get; init; }
        }

        """;
}
