namespace Imh.Dsl.Documentation;

/// <summary>The page's only style sheet, inline: screen and print.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --accent: #2d6a8f; --soft: #f3f6f9; --review: #8a5a00; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; }
        header { background: var(--accent); color: #fff; padding: 1.2rem 2rem; }
        header h1 { margin: 0 0 .4rem; font-size: 1.5rem; }
        header .as-of { margin: 0 0 .4rem; }
        nav a { color: #fff; margin-right: .8rem; text-decoration: none; font-weight: 600; }
        main { padding: 1rem 2rem 3rem; max-width: 90rem; }
        h2 { margin-top: 2.2rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
        h2 .id { font-size: .8em; color: var(--muted); font-weight: 500; margin-left: .4rem; }
        table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
        thead th { background: var(--soft); }
        table.matrix td, table.matrix tbody th { font-size: .9em; }
        td.absent { color: var(--muted); text-align: center; }
        td.rule p { margin: 0 0 .4rem; }
        p.note, p.review { font-size: .9em; border-left: 3px solid var(--line); padding-left: .5rem; color: var(--muted); }
        p.review { border-left-color: var(--review); }
        p.review strong { color: var(--review); }
        .optional, .recommended { color: var(--muted); }
        .not-required { color: var(--muted); font-style: italic; }
        .period { color: var(--muted); }
        .provisional { border: 1px solid var(--line); background: var(--soft); padding: .2rem 1rem .6rem; margin-bottom: 1.2rem; }
        blockquote { margin: 0 0 .3rem; padding-left: .5rem; border-left: 3px solid var(--line); color: var(--muted); font-size: .9em; }
        td.json { white-space: nowrap; }
        code { font-size: .9em; }
        @media print {
          header { background: none; color: var(--ink); padding: 0; }
          nav { display: none; }
          main { padding: 0; max-width: none; }
          section.level, section#glossary, section#changes { break-before: page; }
          tr { break-inside: avoid; }
          td.json { white-space: normal; }
          body { font-size: 10pt; }
        }

        """;
}
