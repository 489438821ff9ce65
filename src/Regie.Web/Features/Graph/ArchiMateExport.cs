using Regie.Discovery.Imports;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Graph;

/// <summary>
/// The landscape as an ArchiMate Model Exchange File (docs/ARCHIMATE.md): GET /api/v1/archimate and the graph page's
/// "Exporteren als ArchiMate" download the same file, written from the request's one analysis. Importing one goes through
/// the import pipeline (POST /api/v1/import?format=archimate and the /import page), so preview and all-or-nothing hold.
/// </summary>
public static class ArchiMateExport
{
    public const string ContentType = "application/xml";
    public const string FileName = "regie-archimate.xml";

    public static async Task<byte[]> WriteAsync(BoardAnalysis board, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        ArchiMateWriter.Write(buffer, await board.LandscapeAsync(ct), board.Knowledge, await board.AssessmentAsync(ct));
        return buffer.ToArray();
    }

    public static void MapArchiMateApi(this RouteGroupBuilder api) =>
        api.MapGet("/archimate", async (BoardAnalysis board, CancellationToken ct) => TypedResults.File(await WriteAsync(board, ct), ContentType, FileName))
            .WithTags("Graph")
            .WithSummary("The landscape as an ArchiMate Model Exchange File (The Open Group, XML): processes, services, vendors and hosting providers with their relationships; import one with POST /api/v1/import?format=archimate.");
}
