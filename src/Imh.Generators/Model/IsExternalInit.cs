namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks this marker type, which records and init accessors need.
internal static class IsExternalInit;
