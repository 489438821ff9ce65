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
        var plan = generated.Plan;

        Assert.Equal(["Cijfers en resultaten", "Contactgegevens"], plan.DataToExport);
        Assert.Equal(["csv", "QTI 3.0"], plan.ExportFormats);
        Assert.Contains("exitregeling", plan.ExitClause);
        Assert.Equal("open-toets", plan.AlternativeId);
        Assert.Contains(generated.Notes, n => n.Field == ExitPlanFields.AlternativeId && n.Why is MostMatureAlternative m && m.Others.Contains("Pilot Toets"));
    }

    [Fact]
    public void StepsRunFromInventoryToADeletionStatement()
    {
        var steps = ExitPlans.Generate(Toets(), ProcurementWorld.Catalog, ProcurementWorld.Tenders).Plan.Steps;

        Assert.Equal(6, steps.Count);
        Assert.StartsWith("Inventariseren", steps[0]);
        Assert.Contains("1200 leerlingen en 90 medewerkers", steps[0]);
        Assert.StartsWith("Exporteren en testen", steps[1]);
        Assert.Contains("Open Toets", steps[1]);
        Assert.StartsWith("Alternatief inrichten", steps[2]);
        Assert.StartsWith("Gebruikers overzetten", steps[3]);
        Assert.Contains("31-07-2027", steps[4]);
        Assert.Contains("schriftelijk te verklaren", steps[5]);
    }

    [Fact]
    public void WhatNobodyKnowsStaysVisiblyUnknown()
    {
        var bare = new Service(ServiceId.New(), "Eigen app", null, []);

        var generated = ExitPlans.Generate(bare, ProcurementWorld.Catalog, ProcurementWorld.Tenders);

        Assert.Null(generated.Plan.ExitClause);
        Assert.Null(generated.Plan.NoticePeriodDays);
        Assert.Null(generated.Plan.AlternativeId);
        Assert.Empty(generated.Plan.ExportFormats);
        Assert.Contains(ExitPlanFields.ExportFormats, generated.Plan.Unknowns());
        Assert.Contains(ExitPlanFields.Owner, generated.Plan.Unknowns());
        Assert.Contains(generated.Notes, n => n.Field == ExitPlanFields.ExitClause && n.Why is ExitClauseNotRecorded);
        Assert.Contains("einddatum van het contract is nog onbekend", generated.Plan.Steps[4]);
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
