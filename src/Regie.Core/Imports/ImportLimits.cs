namespace Regie.Core.Imports;

/// <summary>
/// The largest file every import reads (web page, API and `regie import` alike), checked before anything is parsed, and
/// the most rows or entries it takes, checked while reading. 100,000 rows is twice the largest inventory a board is
/// expected to keep (the 50,000-row target); 20 MB holds that many rows with room for long notes.
/// </summary>
public static class ImportLimits
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public const int MaxRows = 100_000;
}
