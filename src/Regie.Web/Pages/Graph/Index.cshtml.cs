using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Graph;
using Regie.Web.Features.Graph;
using Regie.Web.Infrastructure;
using Regie.Web.Pages.Catalog;

namespace Regie.Web.Pages.Graph;

[ViewableAsOf]
public sealed class IndexModel(BoardAnalysis board, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool HideVendors { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool HideCountries { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Process { get; set; }

    public GraphAnalysis Analysis { get; private set; } = null!;

    /// <summary>The graph for graph.js, embedded in the page so drawing needs no second request.</summary>
    public string GraphJson { get; private set; } = "{}";

    public string TextJson { get; private set; } = "{}";

    public IReadOnlyList<(string Id, string Label)> ProcessChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Analysis = await board.GraphAsync(cancellationToken);
        var landscape = await board.LandscapeAsync(cancellationToken);
        // The core labels processes, countries and providers in Dutch; the page speaks the reader's language.
        var labels = landscape.Processes.ToDictionary(p => "process:" + p.Id, p => p.Name.In(text.Language));
        foreach (var c in board.Knowledge.Catalog.Countries)
        {
            labels["country:" + c.Code] = c.Name.In(text.Language);
        }

        foreach (var p in board.Knowledge.Catalog.Providers)
        {
            labels["provider:" + p.Id] = p.Name.In(text.Language);
        }

        ProcessChoices = [.. Analysis.Nodes.Where(n => n.Kind == NodeKind.Process).Select(n => (n.Id, labels.GetValueOrDefault(n.Id) ?? n.Label)).OrderBy(p => p.Item2)];
        GraphJson = JsonSerializer.Serialize(ToJson(Analysis, id => labels.GetValueOrDefault(id)), JsonSerializerOptions.Web);
        TextJson = JsonSerializer.Serialize(UiWords(), JsonSerializerOptions.Web);
    }

    /// <summary>The landscape as an ArchiMate model, the file GET /api/v1/archimate gives.</summary>
    public async Task<IActionResult> OnGetArchiMateAsync(CancellationToken cancellationToken) =>
        File(await ArchiMateExport.WriteAsync(board, cancellationToken), ArchiMateExport.ContentType, ArchiMateExport.FileName);

    private static Zone ZoneOf(GraphNode node) => Zones.Of(node.Jurisdiction, node.InEuEea);

    public static string Camel(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static object ToJson(GraphAnalysis analysis, Func<string, string?> label) => new
    {
        Nodes = analysis.Nodes.Select(n => new
        {
            n.Id,
            Kind = Camel(n.Kind),
            Label = label(n.Id) ?? n.Label,
            n.Jurisdiction,
            // Processes are the board's own: coloured apart, so the colours speak only of who controls a party.
            Zone = n.Kind == NodeKind.Process ? "board" : Zones.Css(ZoneOf(n)),
            n.Criticality,
            n.ParentUnknown,
            Href = Display.ServiceLink(n.Id),
        }),
        // The core's "supports" edge runs service → process; turned round, every edge runs from dependant to dependency.
        Edges = analysis.Edges.Select(e => e.Kind == EdgeKind.Supports
            ? new { Source = e.To, Target = e.From, Kind = Camel(e.Kind) }
            : new { Source = e.From, Target = e.To, Kind = Camel(e.Kind) }),
    };

    private object UiWords() => new
    {
        Kinds = Enum.GetValues<NodeKind>().ToDictionary(k => Camel(k), text.Of),
        KindsPlural = Enum.GetValues<NodeKind>().ToDictionary(k => Camel(k), k => text[KindPlural(k)]),
        Zones = Enum.GetValues<Zone>().ToDictionary(Zones.Css, z => text[Zones.Label(z)]),
        Criticality = text["kritikaliteit"],
        ParentUnknown = text["moederbedrijf onbekend"],
        Dependants = text["Afhankelijk hiervan"],
        Dependencies = text["Afhankelijk van"],
        OpenService = text["Open de dienst"],
        None = text["Geen."],
    };

    public static string KindPlural(NodeKind kind) => kind switch
    {
        NodeKind.Process => "Processen",
        NodeKind.Service => "Diensten",
        NodeKind.Vendor => "Leveranciers",
        NodeKind.Parent => "Moederbedrijven",
        NodeKind.Provider => "Hostingpartijen",
        _ => "Landen",
    };
}
