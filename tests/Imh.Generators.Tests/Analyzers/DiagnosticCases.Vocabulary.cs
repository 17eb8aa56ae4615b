using static Imh.Generators.Tests.Analyzers.Snippets;

namespace Imh.Generators.Tests.Analyzers;

internal static partial class DiagnosticCases
{
    /// <summary>The catalog's words (IMH042-IMH049).</summary>
    private static IEnumerable<DiagnosticCase> Vocabulary() =>
    [
        new("IMH042 set of words without [Flags]",
            Level(Exam) + """
            [Tags(Evidence.Memberships)]
            public enum {|IMH042:MembershipTag|} { [Word("association", "An association.")] Association = 1 }
            """,
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag { [Word("association", "An association.")] Association = 1 }
            """),

        new("IMH043 members without [Word]",
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag
            {
                None = 0,
                [Word("association", "An association.")] Association = 1,
                {|IMH043:Local|} = 2,
                {|IMH043:Either|} = Association | Local,
            }
            """,
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag
            {
                None = 0,
                [Word("association", "An association.")] Association = 1,
                [Word("local", "A local chapter.")] Local = 2,
                [Word("any membership", "An association or a local chapter.")] Either = Association | Local,
            }
            """),

        new("IMH044 JSON names that collide in one kind of entry",
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag
            {
                [{|IMH044:Word("organization", "Names the organization.")|}] Organization = 1,
                [{|IMH044:Word("local", "A local chapter.", Json = "chapter")|}] Local = 2,
                [{|IMH044:Word("chapter", "A chapter.")|}] Chapter = 4,
            }

            [Flags, Choice(Evidence.Memberships, {|IMH044:"chapter"|})]
            public enum ChapterKind { [Word("regional", "A regional chapter.")] Regional = 1, [Word("student", "A student chapter.")] Student = 2 }

            [Flags, Choice(Evidence.Memberships, "level")]
            public enum MembershipLevel { [Word("full", "Full.")] Full = 1, [{|IMH044:Word("associate", "Associate.", Json = "full")|}] Associate = 2 }
            """,
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag
            {
                [Word("national", "A national organization.")] National = 1,
                [Word("local", "A local chapter.", Json = "localChapter")] Local = 2,
                [Word("chapter", "A chapter.")] Chapter = 4,
            }

            [Flags, Choice(Evidence.Memberships, "chapterKind")]
            public enum ChapterKind { [Word("regional", "A regional chapter.")] Regional = 1, [Word("student", "A student chapter.")] Student = 2 }

            [Flags, Choice(Evidence.Memberships, "level")]
            public enum MembershipLevel { [Word("full", "Full.")] Full = 1, [Word("associate", "Associate.")] Associate = 2 }
            """),

        new("IMH045 two tag sets for one kind of entry",
            Level(Exam) + """
            [Flags, {|IMH045:Tags(Evidence.Memberships)|}]
            public enum MembershipTag { [Word("association", "An association.")] Association = 1 }

            [Flags, {|IMH045:Tags(Evidence.Memberships)|}]
            public enum MoreMembershipTag { [Word("local", "A local chapter.")] Local = 1 }
            """,
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag { [Word("association", "An association.")] Association = 1, [Word("local", "A local chapter.")] Local = 2 }
            """),

        new("IMH046 choice defaults that are not values",
            Level(Exam) + """
            [Flags, Choice(Evidence.Memberships, "level", {|IMH046:Default = RaterRole.Supervisor|})]
            public enum MembershipLevel { [Word("full", "Full.")] Full = 1, [Word("associate", "Associate.")] Associate = 2 }

            [Flags, Choice(Evidence.Memberships, "kind", {|IMH046:Default = MembershipKind.Any|})]
            public enum MembershipKind { [Word("paid", "Paid.")] Paid = 1, [Word("honorary", "Honorary.")] Honorary = 2, [Word("any", "Paid or honorary.")] Any = Paid | Honorary }
            """,
            Level(Exam) + """
            [Flags, Choice(Evidence.Memberships, "level", Default = MembershipLevel.Full)]
            public enum MembershipLevel { [Word("full", "Full.")] Full = 1, [Word("associate", "Associate.")] Associate = 2 }

            [Flags, Choice(Evidence.Memberships, "kind", Many = true, Default = MembershipKind.Any)]
            public enum MembershipKind { [Word("paid", "Paid.")] Paid = 1, [Word("honorary", "Honorary.")] Honorary = 2, [Word("any", "Paid or honorary.")] Any = Paid | Honorary }
            """),

        new("IMH047 Per that is not a choice",
            Level(Exam) + """
            [Flags, Numbers(Evidence.Work)]
            public enum WorkNumber { [Word("families served", "Families served.", Whole = true, {|IMH047:Per = typeof(ReferenceTag)|})] FamiliesServed = 1 }
            """,
            Level(Exam) + """
            [Flags, Numbers(Evidence.Work)]
            public enum WorkNumber { [Word("families served", "Families served.", Whole = true, Per = typeof(AgeBand))] FamiliesServed = 1 }
            """),

        new("IMH048 word outside the 64 bits",
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag : long { [Word("association", "An association.")] {|IMH048:Association|} = long.MinValue }
            """,
            Level(Exam) + """
            [Flags, Tags(Evidence.Memberships)]
            public enum MembershipTag : ulong { [Word("association", "An association.")] Association = 1UL << 63 }
            """),

        new("IMH049 JSON names that are not camelCase identifiers",
            Level(Exam) + """
            [Flags, Choice(Evidence.Memberships, {|IMH049:"Level"|})]
            public enum MembershipLevel { [Word("full", "Full.", {|IMH049:Json = "full-member"|})] Full = 1, [Word("associate", "Associate.")] Associate = 2 }
            """,
            Level(Exam) + """
            [Flags, Choice(Evidence.Memberships, "level")]
            public enum MembershipLevel { [Word("full", "Full.", Json = "fullMember")] Full = 1, [Word("associate", "Associate.")] Associate = 2 }
            """),
    ];
}
