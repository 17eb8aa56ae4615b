namespace Imh.CommandLine;

/// <summary>The process exit codes of <c>imh</c> (cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (<c>levels</c>, <c>docs</c>, <c>schema</c>).</summary>
    public const int Success = 0;

    /// <summary>Evaluated and eligible (for several levels: see the command's help).</summary>
    public const int Eligible = 0;

    /// <summary>Evaluated and not eligible.</summary>
    public const int NotEligible = 1;

    /// <summary>Bad input or bad arguments: messages on standard error, nothing on standard output.</summary>
    public const int BadInput = 2;

    /// <summary>0 when eligible, 1 when not.</summary>
    public static int Of(bool eligible) => eligible ? Eligible : NotEligible;
}
