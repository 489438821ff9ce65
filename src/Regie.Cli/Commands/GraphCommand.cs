using System.CommandLine;
using System.Text;
using Regie.Core.Explaining;
using Regie.Core.Graph;

namespace Regie.Cli.Commands;

/// <summary>`regie graph`: the dependency graph with concentration and single points of failure, as JSON or Graphviz DOT.</summary>
internal static class GraphCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "json (graaf en concentratie) of dot (Graphviz).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "dot");
        var command = new Command("graph", "De afhankelijkheidsgraaf: processen, diensten, leveranciers, moederbedrijven, hosting en jurisdicties.") { format };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var graph = await cli.StatusAsync("Graaf analyseren…", () => Task.FromResult(DependencyAnalysis.Analyse(board.Landscape, knowledge)));
            if (parse.GetValue(format) == "dot")
            {
                await cli.Out.WriteAsync(Dot(board.Organisation.Name, graph));
            }
            else
            {
                await Output.WriteJsonAsync(cli.Out, new
                {
                    organisation = new { id = board.Organisation.Id, name = board.Organisation.Name },
                    graph.Nodes,
                    graph.Edges,
                    concentration = new
                    {
                        byParent = graph.ByParent.Select(Concentration),
                        byProvider = graph.ByProvider.Select(Concentration),
                        parentIndex = Index(graph.ParentIndex),
                        providerIndex = Index(graph.ProviderIndex),
                    },
                    singlePointsOfFailure = graph.SinglePointsOfFailure.Select(s => new { s.EntityId, Name = s.Name.Nl, s.Kind, Processes = s.Processes.Select(p => p.Nl) }),
                });
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static object Concentration(Concentration c) => new
    {
        c.EntityId,
        Name = c.Name.Nl, // the command line speaks Dutch
        c.Kind,
        c.Country,
        c.ProcessShare,
        Processes = c.Processes.Select(p => p.Nl),
        c.PupilShare,
        c.StaffShare,
        c.DataCategories,
        c.ServiceShare,
        services = c.Services.Select(s => new { id = s.Service.Value, s.Name, s.Direct, s.Path }),
    };

    // The shares are tuples, which System.Text.Json would write as empty objects.
    private static object Index(ConcentrationIndex index) => new
    {
        index.Hhi,
        shares = index.Shares.Select(s => new { Name = s.Name.Nl, s.Share }),
        index.UnattributedShare,
        explanation = ReasonDocument.From(index.Why, ReasonText.Dutch),
    };

    private static string Dot(string boardName, GraphAnalysis graph)
    {
        var dot = new StringBuilder();
        dot.AppendLine($"digraph {Quote(boardName)} {{").AppendLine("  rankdir=LR;").AppendLine("  node [fontname=\"Helvetica\"];");
        foreach (var node in graph.Nodes)
        {
            var shape = node.Kind switch
            {
                NodeKind.Process => "box, style=rounded",
                NodeKind.Service => "box",
                NodeKind.Country => "diamond",
                NodeKind.Provider => "cylinder",
                _ => "ellipse",
            };
            // Red only for a country known to be outside the EU/EEA; a parent that is not known is dashed, not red.
            var colour = node.Kind is NodeKind.Service or NodeKind.Process || node.InEuEea ? "black" : node.Jurisdiction is null ? "grey" : "red";
            var dashed = node.ParentUnknown ? ", style=dashed" : "";
            dot.AppendLine($"  {Quote(node.Id)} [label={Quote(node.Label)}, shape={shape}, color={colour}{dashed}];");
        }

        foreach (var edge in graph.Edges)
        {
            var label = edge.Kind switch
            {
                EdgeKind.Supports => "ondersteunt",
                EdgeKind.SuppliedBy => "geleverd door",
                EdgeKind.OwnedBy => "eigendom van",
                EdgeKind.HostedOn => "gehost op",
                EdgeKind.SignsInThrough => "logt in via",
                EdgeKind.IntegratesWith => "koppelt met",
                _ => "gevestigd in",
            };
            var style = edge.Kind == EdgeKind.IntegratesWith ? ", style=dashed" : "";
            dot.AppendLine($"  {Quote(edge.From)} -> {Quote(edge.To)} [label={Quote(label)}{style}];");
        }

        return dot.AppendLine("}").ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
