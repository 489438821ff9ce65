using Regie.Core.Common;
using Regie.Core.Exit;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Tests.Procurement;

namespace Regie.Core.Tests.Exit;

public class GeneratingAnExitPlan
{
    private static Service Toets(Func<Service, Service>? tweak = null)
    {
        var service = new Service(ServiceId.New(), "Toetsplatform", "us-toets", ["toetsen"], Pupils: 1200, Staff: 90,
            DataCategories: ["resultaten", "contactgegevens"], ExitClause: Tri.Yes, ExportFormats: ["csv"], ContractEnd: new DateOnly(2027, 7, 31));
        return tweak is null ? service : tweak(service);
    }

    [Fact]
    public void PlanTakesDataFormatsClauseAndTheMostMatureAlternativeFromWhatIsKnown()
    {
        var generated = ExitPlans.Generate(Toets(), ProcurementWorld.Catalog, ProcurementWorld.Tenders);
        var proposal = generated.Proposal;

        Assert.Equal(["Cijfers en resultaten", "Contactgegevens"], proposal.DataToExport.Select(d => d.Nl));
        Assert.Equal(["csv", "QTI 3.0"], proposal.ExportFormats);
        Assert.IsType<CompleteTheExitClause>(proposal.ExitClause);
        Assert.Equal("open-toets", proposal.AlternativeId);
        Assert.Contains(generated.Notes, n => n.Field == ExitPlanFields.AlternativeId && n.Why is MostMatureAlternative m && m.Others.Any(o => o.Nl == "Pilot Toets"));
    }

    [Fact]
    public void StepsRunFromTakingStockToADeletionStatement()
    {
        var steps = ExitPlans.Generate(Toets(), ProcurementWorld.Catalog, ProcurementWorld.Tenders).Proposal.Steps;

        Assert.Equal(6, steps.Count);
        var stock = Assert.IsType<TakeStockStep>(steps[0]);
        Assert.Equal(("Toetsplatform", 1200, 90), (stock.Service, stock.Pupils, stock.Staff));
        Assert.Equal(["Cijfers en resultaten", "Contactgegevens"], stock.Data.Select(d => d.Nl));
        var export = Assert.IsType<ExportAndTestStep>(steps[1]);
        Assert.Equal("Open Toets", export.Alternative?.Nl);
        Assert.Equal(["csv", "QTI 3.0"], export.Formats);
        Assert.Equal(new SetUpAlternativeStep(export.Alternative), steps[2]);
        Assert.Equal(new MoveUsersStep(1200, 90), steps[3]);
        Assert.Equal(new GiveNoticeStep(new DateOnly(2027, 7, 31)), steps[4]);
        Assert.IsType<HaveDataDeletedStep>(steps[5]);
    }

    [Fact]
    public void WhatNobodyKnowsStaysVisiblyUnknown()
    {
        var bare = new Service(ServiceId.New(), "Eigen app", null, []);

        var generated = ExitPlans.Generate(bare, ProcurementWorld.Catalog, ProcurementWorld.Tenders);
        var plan = ReasonText.Render(generated.Proposal, ReasonText.Dutch);

        Assert.Null(generated.Proposal.ExitClause);
        Assert.Null(plan.ExitClause);
        Assert.Null(plan.NoticePeriodDays);
        Assert.Null(plan.AlternativeId);
        Assert.Empty(plan.ExportFormats);
        Assert.Contains(ExitPlanFields.ExportFormats, plan.Unknowns());
        Assert.Contains(ExitPlanFields.Owner, plan.Unknowns());
        Assert.Contains(generated.Notes, n => n.Field == ExitPlanFields.ExitClause && n.Why is ExitClauseNotRecorded);
        Assert.Equal(new GiveNoticeStep(null), generated.Proposal.Steps[4]);
        Assert.Equal(new SetUpAlternativeStep(null), generated.Proposal.Steps[2]);
    }

    [Fact]
    public void NoticeDeadlineIsTheContractEndMinusTheNoticePeriod()
    {
        var plan = ExitPlan.Empty with { NoticePeriodDays = 90 };

        Assert.Equal(new DateOnly(2027, 5, 2), plan.NoticeDeadline(new DateOnly(2027, 7, 31)));
        Assert.Null(ExitPlan.Empty.NoticeDeadline(new DateOnly(2027, 7, 31)));
    }
}

public class ValidatingAnExitPlan
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void EachMessageNamesItsField()
    {
        var plan = ExitPlan.Empty with { NoticePeriodDays = -5, LastTested = Today.AddDays(1), AlternativeId = "bestaat-niet" };

        var errors = ExitPlans.Validate(plan, ProcurementWorld.Catalog, Today);

        Assert.Contains(new ExitPlanError(ExitPlanFields.NoticePeriodDays, new NoticePeriodOutOfRange(0, 3650)), errors);
        Assert.Contains(new ExitPlanError(ExitPlanFields.LastTested, new TestDateInFuture(Today.AddDays(1))), errors);
        Assert.Contains(new ExitPlanError(ExitPlanFields.AlternativeId, new NotACatalogAlternative("bestaat-niet")), errors);
        Assert.All(errors, e => Assert.StartsWith(e.Field, ReasonText.Render(e.Why)));
    }

    [Fact]
    public void ACatalogAlternativeOrProductIsAccepted()
    {
        Assert.Empty(ExitPlans.Validate(ExitPlan.Empty with { AlternativeId = "open-toets", NoticePeriodDays = 90, LastTested = Today }, ProcurementWorld.Catalog, Today));
        Assert.Empty(ExitPlans.Validate(ExitPlan.Empty with { AlternativeId = "eu-toets" }, ProcurementWorld.Catalog, Today));
    }
}

public class RenderingTheProposedExitPlan
{
    private static ExitPlanProposal Proposal(DateOnly? contractEnd = null) => ExitPlans.Generate(
        new Service(ServiceId.New(), "Toetsplatform", "us-toets", ["toetsen"], Pupils: 1200, Staff: 90, DataCategories: ["resultaten", "contactgegevens"],
            ExitClause: Tri.No, ExportFormats: ["csv"], ContractEnd: contractEnd),
        ProcurementWorld.Catalog, ProcurementWorld.Tenders).Proposal;

    [Fact]
    public void InDutchTheStepsKeepTheirWording()
    {
        var plan = ReasonText.Render(Proposal(new DateOnly(2027, 7, 31)), ReasonText.Dutch);

        Assert.Equal(
            "Inventariseren: leg vast welke gegevens in Toetsplatform staan (Cijfers en resultaten, Contactgegevens), wie de dienst gebruikt " +
            "(1200 leerlingen en 90 medewerkers) en welke koppelingen ervan afhangen.", plan.Steps[0]);
        Assert.Equal("Exporteren en testen: exporteer alle gegevens (csv, QTI 3.0) en controleer of ze volledig en leesbaar zijn in Open Toets.", plan.Steps[1]);
        Assert.Equal("Contract opzeggen binnen de opzegtermijn: het contract loopt tot 31-07-2027; zeg op vóór de opzegtermijn ingaat.", plan.Steps[4]);
        Assert.EndsWith("(ook back-ups) te verwijderen en dat schriftelijk te verklaren.", plan.Steps[5]);
        Assert.Equal(["Cijfers en resultaten", "Contactgegevens"], plan.DataToExport);
        Assert.StartsWith("Het contract bevat geen exitregeling", plan.ExitClause);
    }

    [Fact]
    public void InEnglishTheStepsTheDataAndTheClauseAreEnglish()
    {
        var proposal = Proposal(new DateOnly(2027, 7, 31));

        var plan = ReasonText.Render(proposal, ReasonText.English);

        Assert.StartsWith("Take stock: record which data Toetsplatform holds (", plan.Steps[0]);
        Assert.Contains("1200 pupils and 90 staff", plan.Steps[0]);
        Assert.Contains("31 July 2027", plan.Steps[4]);
        Assert.Contains("Grades and results", plan.DataToExport);
        Assert.Contains("Grades and results", plan.Steps[0]);
        Assert.StartsWith("The contract has no exit clause", plan.ExitClause);
        Assert.Equal(["csv", "QTI 3.0"], plan.ExportFormats);
    }

    [Fact]
    public void AnUnknownContractEndAndAlternativeAreSaidInBothLanguages()
    {
        var steps = new ExitReason[] { new GiveNoticeStep(null), new SetUpAlternativeStep(null), new MoveUsersStep(null, null) };

        Assert.Equal(
            ["Contract opzeggen binnen de opzegtermijn: de einddatum van het contract is nog onbekend.",
             "Alternatief inrichten: richt het alternatief in, met inloggen, koppelingen en rechten.",
             "Gebruikers overzetten: zet alle gebruikers over, met instructie en een periode waarin beide systemen te raadplegen zijn."],
            steps.Select(s => ReasonText.Render(s, ReasonText.Dutch)));
        Assert.Equal(
            ["Give notice within the notice period: the contract's end date is not yet known.",
             "Set up the alternative: set up the alternative, with sign-in, integrations and permissions.",
             "Move the users: move all users, with instructions and a period in which both systems can be consulted."],
            steps.Select(s => ReasonText.Render(s, ReasonText.English)));
    }
}
