using System.CommandLine;
using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Scoring;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>`regie score`: the sovereignty score of every service, as a table, as JSON with the full explanation, or as flat CSV.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "table, json (met volledige uitleg) of csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var profile = new Option<string>("--profile") { Description = "Wegingsprofiel uit het soevereiniteitsmodel.", HelpName = "ID" };
        var command = new Command("score", "Soevereiniteitsscore, minimumeis en urgentie per dienst.") { format, profile };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            var profileId = parse.GetValue(profile);
            if (profileId is not null && knowledge.Model.Profiles.All(p => p.Id != profileId))
            {
                throw UserError.Usage($"--profile: onbekend wegingsprofiel '{profileId}'. Kies uit: {string.Join(", ", knowledge.Model.Profiles.Select(p => p.Id))}.");
            }

            await using var board = await cli.OpenBoardAsync(parse, ct);
            var assessment = await cli.StatusAsync("Scores berekenen…", () => Task.FromResult(BoardAssessor.Assess(board.Landscape, knowledge, profileId)));
            var services = assessment.ByUrgency();
            switch (parse.GetValue(format))
            {
                case "json":
                    await Output.WriteJsonAsync(cli.Out, new
                    {
                        organisation = new { id = board.Organisation.Id, name = board.Organisation.Name },
                        catalogVersion = knowledge.Catalog.Version,
                        modelVersion = assessment.ModelVersion,
                        profile = new { id = assessment.Profile.Id, name = assessment.Profile.Name.Nl, source = assessment.Profile.Source, weights = assessment.Profile.Weights },
                        services = services.Select(Explain),
                    });
                    break;
                case "csv":
                    Output.WriteCsv(cli.Out, CsvHeader, services.Select(CsvRow));
                    break;
                default:
                    WriteTable(cli, board.Organisation.Name, assessment, services);
                    break;
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static void WriteTable(CliContext cli, string boardName, BoardAssessment assessment, IReadOnlyList<ServiceAssessment> services)
    {
        if (services.Count == 0)
        {
            cli.Console.WriteLine($"{boardName} heeft nog geen diensten. Importeer ze met: regie import FILE");
            return;
        }

        var table = new Table().Title($"Soevereiniteit van {Markup.Escape(boardName)}");
        foreach (var header in new[] { "Dienst", "Score", "Bereik", "SEAL", "Minimumeis", "Urgentie" })
        {
            table.AddColumn(header);
        }

        foreach (var s in services)
        {
            var score = s.Sovereignty;
            table.AddRow(
                new Text(s.Service.Name), new Text($"{score.RoundedScore}"), new Text($"{score.RoundedScore}–{score.RoundedOptimisticScore}"),
                new Text(score.Seal == score.OptimisticSeal ? $"SEAL-{score.Seal}" : $"SEAL-{score.Seal} (tot {score.OptimisticSeal})"),
                new Text(PolicyText(s.Policy)), new Text(s.Urgency.Band));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine($"Model {assessment.ModelVersion}, profiel {assessment.Profile.Name.Nl}. Bereik: de score als elk onbekend antwoord het beste was.");
        cli.Console.WriteLine("De uitleg per criterium, minimumeis en urgentie: regie score --format json");
    }

    private static string PolicyText(PolicyResult policy) => !policy.Applies ? "n.v.t." : policy.Passes ? "voldoet" : "voldoet niet";

    private static readonly string[] CsvHeader =
    [
        "id", "naam", "catalogus-id", "score", "score-hoog", "seal", "seal-hoog", "onbekende-antwoorden", "minimumeis",
        "kritikaliteit", "risico", "urgentie", "urgentieband", "kwadrant",
    ];

    private static IEnumerable<object?> CsvRow(ServiceAssessment s) =>
    [
        s.Service.Id, s.Service.Name, s.Service.Service.CatalogProductId, s.Sovereignty.RoundedScore, s.Sovereignty.RoundedOptimisticScore,
        s.Sovereignty.Seal, s.Sovereignty.OptimisticSeal, s.Sovereignty.UnknownAnswers, PolicyText(s.Policy), s.Criticality.Value,
        Math.Round(s.Risk.Value, 2).ToString(CultureInfo.InvariantCulture), Math.Round(s.Urgency.Value, 2).ToString(CultureInfo.InvariantCulture),
        s.Urgency.Band, s.Urgency.Quadrant,
    ];

    /// <summary>Everything the assessor decided for one service, with its reasons: the JSON a report or a curious user reads.</summary>
    private static object Explain(ServiceAssessment s) => new
    {
        id = s.Service.Id.Value,
        name = s.Service.Name,
        catalogProductId = s.Service.Service.CatalogProductId,
        processes = s.Service.Service.ProcessIds,
        facts = new
        {
            vendor = Fact(s.Service.VendorId),
            vendorChain = s.Service.VendorChain.Companies.Count > 0 ? s.Service.VendorChain.Describe() : null,
            hostingProvider = Fact(s.Service.HostingProviderId),
            hostingChain = s.Service.HostingChain.Companies.Count > 0 ? s.Service.HostingChain.Describe() : null,
            hostingRegion = Fact(s.Service.HostingRegion),
            dataLocation = Fact(s.Service.DataLocation),
            openSource = Fact(s.Service.OpenSource),
            identityProvider = s.Service.IsIdentityProvider,
        },
        sovereignty = new
        {
            score = s.Sovereignty.Score,
            roundedScore = s.Sovereignty.RoundedScore,
            range = new { low = s.Sovereignty.RoundedScore, high = s.Sovereignty.RoundedOptimisticScore },
            seal = s.Sovereignty.Seal,
            optimisticSeal = s.Sovereignty.OptimisticSeal,
            unknownAnswers = s.Sovereignty.UnknownAnswers,
            binding = s.Sovereignty.Binding.Select(b => new { objective = b.ObjectiveId, criterion = b.CriterionId, inheritedFrom = b.Cap?.FromName, text = b.Text }),
            objectives = s.Sovereignty.Objectives.Select(o => new
            {
                id = o.Objective.Id,
                name = o.Objective.Name.Nl,
                weight = o.Weight,
                ownScore = o.OwnScore,
                ownSeal = o.OwnSeal,
                score = o.Score,
                seal = o.Seal,
                optimisticScore = o.OptimisticScore,
                optimisticSeal = o.OptimisticSeal,
                inheritedCap = o.Cap is { } cap
                    ? new { fromService = cap.FromService.Value, fromName = cap.FromName, edge = BoardAssessor.EdgeText(cap.Edge), score = cap.Score, seal = cap.Seal }
                    : null,
                criteria = o.Criteria.Select(c => new
                {
                    id = c.Criterion.Id,
                    question = c.Criterion.Question.Nl,
                    answer = c.Option,
                    answerLabel = c.AnswerLabel("nl") ?? "onbekend",
                    origin = c.Origin,
                    explanation = c.Explanation,
                    source = c.Source,
                    @checked = c.Checked,
                    points = c.Points,
                    seal = c.Seal,
                }),
            }),
        },
        policy = new
        {
            applies = s.Policy.Applies,
            passes = s.Policy.Passes,
            minSeal = s.Policy.MinSeal,
            minScore = s.Policy.MinScore,
            essentialProcesses = s.Policy.EssentialProcesses,
            reasons = s.Policy.Reasons,
        },
        criticality = new
        {
            value = s.Criticality.Value,
            formula = s.Criticality.Formula,
            factors = new[] { s.Criticality.Impact, s.Criticality.Data, s.Criticality.Coupling },
        },
        risk = new
        {
            value = s.Risk.Value,
            exposure = s.Risk.Exposure,
            mitigation = s.Risk.Mitigation,
            exposureFloored = s.Risk.ExposureFloored,
            formula = s.Risk.Formula,
            reasons = s.Risk.Reasons,
        },
        urgency = new { value = s.Urgency.Value, band = s.Urgency.Band, quadrant = s.Urgency.Quadrant, formula = s.Urgency.Formula, reasons = s.Urgency.Reasons },
        foreignAccess = s.ForeignAccess.Select(f => new { company = f.CompanyName, country = f.CountryCode, role = f.Role, via = f.ViaService }),
    };

    private static object Fact<T>(Fact<T> fact) =>
        new { value = fact.IsKnown ? fact.Value : default, known = fact.IsKnown, source = fact.Source, @checked = fact.Checked, confidence = fact.Confidence };
}
