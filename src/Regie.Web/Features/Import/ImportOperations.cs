using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Imports;
using Regie.Discovery.Imports;

namespace Regie.Web.Features.Import;

/// <summary>
/// One import of a file, for the /import page and POST /api/v1/import alike. <see cref="UnknownFormat"/> means nothing was read:
/// the format was neither given nor recognised; <see cref="LooksLike"/> names the export a failed inventory file resembles.
/// </summary>
public sealed record ImportAttempt(ImportResult? Result, bool UnknownFormat, ImportFormat? LooksLike);

public static class ImportOperations
{
    public const int MaxBytes = ImportLimits.MaxBytes;

    /// <summary>
    /// Reads <paramref name="content"/> as <paramref name="format"/> (a format key; empty means recognise it by name and
    /// content) with the user's review answers, and previews or imports it as <paramref name="options"/> say: all rows or none.
    /// </summary>
    public static async Task<ImportAttempt> ImportAsync(
        MemoryStream content, string fileName, string? format, ImportOptions options, MatchDecisions decisions, RegieDbContext db, RegieKnowledge knowledge,
        OrganisationId organisation, TimeProvider time, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        var head = new byte[(int)Math.Min(content.Length, 4096)];
        content.Position = 0;
        content.ReadExactly(head);
        // An empty file has nothing to recognise; every format reads it as FileEmpty, so it is named instead of "not recognised".
        var chosen = !string.IsNullOrEmpty(format) ? ImportFormats.Parse(format) : content.Length == 0 ? ImportFormat.Inventory : ImportFormats.Detect(name, head);
        if (chosen is null)
        {
            return new ImportAttempt(null, true, null);
        }

        content.Position = 0;
        var result = await ImportApplier.ImportAsync(
            db, organisation, landscape => BoardImport.Read(content, name, chosen.Value, knowledge, landscape, decisions), name, ct, time, options);
        var looksLike = !result.Succeeded && chosen == ImportFormat.Inventory ? ImportFormats.LooksLikeExport(head) : null;
        ReleaseMemoryAfterLargeImport(db, result);
        return new ImportAttempt(result, false, looksLike);
    }

    /// <summary>From this many rows an import gives its memory back as soon as it is done (docs/PERFORMANCE.md, Import).</summary>
    public const int LargeImportRows = 10_000;

    /// <summary>
    /// A large import leaves hundreds of megabytes behind: the rows the request's context still tracks and the garbage of
    /// reading and writing them. The collector only runs when something allocates, so on a quiet server that memory stayed
    /// taken for as long as no one used the app (measured: 860 MB half a minute later as right after). The result the caller
    /// shows needs none of the tracked rows; one full, compacting collection then returns the rest to the system.
    /// </summary>
    private static void ReleaseMemoryAfterLargeImport(RegieDbContext db, ImportResult result)
    {
        if (result.Rows.Count < LargeImportRows)
        {
            return;
        }

        db.ChangeTracker.Clear();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
