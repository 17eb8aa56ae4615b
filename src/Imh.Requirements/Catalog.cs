[assembly: Imh.Dsl.Catalog("MiAimh", Id = "mi-aimh", Namespace = "Imh.Requirements", SourceText = "mi-aimh-endorsement-requirements.txt",
    Title = "MI-AIMH Endorsement (IMH-E) requirements")]
