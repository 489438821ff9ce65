using Microsoft.EntityFrameworkCore;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Core.Reporting;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Data;

/// <summary>The stored parts of the board report (planned moves, exit plans, vendor answers) gathered beside the board's analysis.</summary>
public static class ReportQueries
{
    /// <summary>
    /// The board report for a landscape whose analysis the caller has already computed (the web app's per-request
    /// analysis), so the report shows exactly the figures its pages show.
    /// </summary>
    public static async Task<BoardReport> LoadReportAsync(
        this RegieDbContext db, BoardLandscape landscape, RegieKnowledge knowledge, BoardAssessment assessment, BoardVerdict verdict,
        GraphAnalysis graph, DateOnly today, CancellationToken cancellationToken = default)
    {
        var organisationId = landscape.Organisation.Id.Value;
        var moves = await db.PlannedMoves.AsNoTracking().Where(m => m.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var plans = await db.ExitPlans.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .Select(p => new { p.ServiceId, p.LastTested }).ToListAsync(cancellationToken);
        var questions = VendorQuestionnaire.All(assessment, await db.LoadVendorStatementsAsync(cancellationToken), today);
        // "Sinds de vorige rapportage": the last snapshot recorded before today, else the last daily one (docs/HISTORY.md).
        var previous = await db.PreviousReportFiguresAsync(organisationId, today, cancellationToken);
        var registers = new List<Core.Privacy.ImpactRegister>();
        foreach (var kind in new[] { Core.Privacy.ImpactKind.Dpia, Core.Privacy.ImpactKind.Kia })
        {
            registers.Add(Core.Privacy.ImpactAssessments.Build(landscape.Services, kind, await ImpactAssessmentQueries.DetailsAsync(db, kind, cancellationToken),
                knowledge.Catalog.For(landscape), knowledge.SectorDpias, today));
        }

        var impact = Core.Privacy.ImpactReportSection.From([.. registers]);
        var register = Core.Privacy.ProcessingRegisterSummary.Of(await db.LoadProcessingRegisterAsync(landscape, knowledge, cancellationToken));
        var values = await db.LoadValueAssessmentsAsync(landscape, knowledge, cancellationToken, assessment, graph);
        return BoardReport.Build(new ReportInputs(
            landscape, knowledge, assessment, verdict, graph, ScenarioBoard.Prepare(landscape, knowledge).RunSweep(),
            [.. moves.OrderBy(m => m.Id).Select(m => m.ToCore())],
            [.. plans.Select(p => new ExitPlanRecord(new ServiceId(p.ServiceId), p.LastTested))],
            questions,
            today,
            previous)) with
        { ImpactAssessments = impact, ProcessingRegister = register, PublicValues = [.. values.Select(v => new ReportedPublicValues(v.Result, v.Sovereignty))] };
    }

    /// <summary>The board report computed from the landscape alone (the command line): one assessment, shared by the verdict's what-ifs.</summary>
    public static Task<BoardReport> LoadReportAsync(
        this RegieDbContext db, BoardLandscape landscape, RegieKnowledge knowledge, string? profileId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(landscape, knowledge, profileId, cache);
        var verdict = BoardVerdict.For(landscape, knowledge, assessment, cache);
        return db.LoadReportAsync(landscape, knowledge, assessment, verdict, DependencyAnalysis.Analyse(landscape, knowledge), today, cancellationToken);
    }
}
