using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Privacy;

namespace Regie.Core.Tests.Privacy;

public class ReviewsAreOverdueOnlyAfterTheirDate
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static ImpactRegisterEntry Entry(DateOnly? review, AssessmentStatus status = AssessmentStatus.Done) =>
        ImpactAssessments.Entry(
            new Service(ServiceId.New(), "Magister", "magister", [], Dpia: status), ImpactKind.Dpia,
            ImpactAssessmentDetails.None with { PerformedOn = new(2025, 1, 10), ReviewOn = review }, TestWorld.Catalog, [], Today);

    [Fact]
    public void AReviewDueYesterdayIsOverdueByOneDay()
    {
        var entry = Entry(Today.AddDays(-1));
        Assert.True(entry.Overdue);
        Assert.Equal(new ReviewOverdue(ImpactKind.Dpia, Today.AddDays(-1), 1), Assert.Single(entry.Reasons.OfType<ReviewOverdue>()));
    }

    [Fact]
    public void AReviewDueTodayOrLaterIsNotOverdue()
    {
        Assert.False(Entry(Today).Overdue);
        Assert.False(Entry(Today.AddDays(1)).Overdue);
        Assert.Empty(Entry(Today).Reasons.OfType<ReviewOverdue>());
    }

    [Fact]
    public void AFinishedDpiaWithoutReviewDateIsFlaggedSeparately()
    {
        var done = Entry(null);
        Assert.False(done.Overdue);
        Assert.True(done.ReviewDateMissing);
        Assert.Contains(new ReviewDateMissing(ImpactKind.Dpia), done.Reasons);
        Assert.False(Entry(null, AssessmentStatus.InProgress).ReviewDateMissing);
    }

    [Fact]
    public void TheRegisterCountsOverdueReviewsAndRisksWithoutMeasure()
    {
        var a = new Service(ServiceId.New(), "A", null, [], Dpia: AssessmentStatus.Done);
        var b = new Service(ServiceId.New(), "B", null, [], Dpia: AssessmentStatus.InProgress);
        var details = new Dictionary<ServiceId, ImpactAssessmentDetails>
        {
            [a.Id] = ImpactAssessmentDetails.None with
            {
                ReviewOn = Today.AddDays(-30),
                Risks = [new("Doorgifte naar de VS", "Eigen sleutels", MeasureStatus.Done), new("Telemetrie", null, MeasureStatus.Planned)],
            },
        };
        var register = ImpactAssessments.Build([b, a], ImpactKind.Dpia, details, TestWorld.Catalog, [], Today);
        Assert.Equal(["A", "B"], register.Entries.Select(e => e.Service));
        Assert.Equal(1, register.Overdue);
        Assert.Equal(1, register.HighRisksWithoutMeasure);
        Assert.Equal(1, register.CountByStatus[AssessmentStatus.Done]);
        Assert.Equal(1, register.CountByStatus[AssessmentStatus.InProgress]);
    }

    [Fact]
    public void TheKiaRegisterReadsTheKiaStatus()
    {
        var s = new Service(ServiceId.New(), "Gynzy", null, [], Dpia: AssessmentStatus.Done, Kia: AssessmentStatus.NotStarted);
        var register = ImpactAssessments.Build([s], ImpactKind.Kia, new Dictionary<ServiceId, ImpactAssessmentDetails>(), TestWorld.Catalog, [], Today);
        Assert.Equal(AssessmentStatus.NotStarted, register.Entries[0].Status);
        Assert.Contains(new AssessmentNotStarted(ImpactKind.Kia, AssessmentStatus.NotStarted), register.Entries[0].Reasons);
    }
}

public class SectorDpiasAreOfferedForTheProductsTheyCover
{
    private static readonly RegieKnowledge Knowledge = KnowledgeLoader.Load(DataFolder.Locate());

    private static IReadOnlyList<string> Offered(string? product) =>
        [.. ImpactAssessments.ForProduct(product, Knowledge.Catalog, Knowledge.SectorDpias).Select(d => d.Id)];

    [Fact]
    public void TheShippedFileHoldsSourcedEntries()
    {
        Assert.True(Knowledge.SectorDpias.Count >= 8);
        Assert.All(Knowledge.SectorDpias, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
        Assert.All(Knowledge.SectorDpias.Where(d => d.Confidence == Common.Confidence.Confirmed),
            d => Assert.Matches("sivon\\.nl|surf\\.nl|privacycompany\\.eu|rijksoverheid\\.nl|slmmicrosoftrijk\\.nl", d.Source.Split(';')[0]));
    }

    [Fact]
    public void TeamsGetsItsOwnDpiaAndTheOnesOnMicrosoft365()
    {
        var teams = Offered("microsoft-teams");
        Assert.Contains("slm-surf-teams-onedrive-sharepoint-2022", teams);
        Assert.Contains("slm-office-proplus-2018", teams);
        Assert.DoesNotContain("surf-slm-zoom-2022", teams);
    }

    [Fact]
    public void ADpiaOnAPartIsNotOfferedForTheSuiteOrItsOtherParts()
    {
        Assert.DoesNotContain("slm-surf-teams-onedrive-sharepoint-2022", Offered("microsoft-365"));
        Assert.DoesNotContain("slm-surf-teams-onedrive-sharepoint-2022", Offered("exchange-online"));
        Assert.Contains("slm-office-proplus-2018", Offered("exchange-online"));
    }

    [Fact]
    public void ProductsWithoutASectorDpiaGetNone()
    {
        Assert.Empty(Offered("magister"));
        Assert.Empty(Offered(null));
        Assert.Equal(["surf-zoom-update-2024", "surf-slm-zoom-2022"], Offered("zoom"));
    }

    [Fact]
    public void TheRegisterOffersTheSectorDpiaOnlyForTheDpiaAndUntilOneIsUsed()
    {
        var teams = new Service(ServiceId.New(), "Teams", "microsoft-teams", [], Dpia: AssessmentStatus.InProgress);
        var today = new DateOnly(2026, 12, 6);
        var dpia = ImpactAssessments.Entry(teams, ImpactKind.Dpia, ImpactAssessmentDetails.None, Knowledge.Catalog, Knowledge.SectorDpias, today);
        Assert.Contains(dpia.Reasons, r => r is SectorDpiaAvailable { SectorDpiaId: "slm-surf-teams-onedrive-sharepoint-2022" });
        var kia = ImpactAssessments.Entry(teams, ImpactKind.Kia, ImpactAssessmentDetails.None, Knowledge.Catalog, Knowledge.SectorDpias, today);
        Assert.Empty(kia.SectorDpias);
        var used = ImpactAssessments.Entry(teams, ImpactKind.Dpia, ImpactAssessmentDetails.None with { SectorDpiaId = "slm-surf-teams-onedrive-sharepoint-2022" },
            Knowledge.Catalog, Knowledge.SectorDpias, today);
        Assert.DoesNotContain(used.Reasons, r => r is SectorDpiaAvailable);
        Assert.Contains(used.Reasons, r => r is SectorDpiaUsed);
    }
}

public class BadRegisterInputIsNamedByField
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static IReadOnlyList<ImpactAssessmentReason> Check(ImpactAssessmentDetails d) => ImpactAssessmentRules.Check(d, [], Today);

    [Fact]
    public void AReviewBeforeTheAssessmentIsRefused() =>
        Assert.Equal([new ReviewBeforePerformed(new(2026, 5, 1), new(2026, 4, 1))],
            Check(ImpactAssessmentDetails.None with { PerformedOn = new(2026, 5, 1), ReviewOn = new(2026, 4, 1) }));

    [Fact]
    public void DatesOutsideTheRangeAreRefused()
    {
        var problems = Check(ImpactAssessmentDetails.None with { PerformedOn = Today.AddDays(1), ReviewOn = new(1999, 12, 31) });
        Assert.Contains(problems, p => p is ImpactDateOutOfRange { Field: ImpactField.PerformedOn });
        Assert.Contains(problems, p => p is ImpactDateOutOfRange { Field: ImpactField.ReviewOn });
        Assert.Contains(Check(ImpactAssessmentDetails.None with { ReviewOn = Today.AddYears(11) }), p => p is ImpactDateOutOfRange { Field: ImpactField.ReviewOn });
        Assert.Empty(Check(ImpactAssessmentDetails.None with { PerformedOn = Today, ReviewOn = Today.AddYears(10) }));
    }

    [Fact]
    public void AMeasureWithoutARiskIsRefused() =>
        Assert.Equal([new MeasureWithoutRisk(2)],
            Check(ImpactAssessmentDetails.None with { Risks = [new("Telemetrie", null, MeasureStatus.Planned), new(" ", "Versleutelen", MeasureStatus.Done)] }));

    [Fact]
    public void LongAndHiddenTextsAreRefusedButLineBreaksAreFine()
    {
        var problems = Check(ImpactAssessmentDetails.None with { Risks = [new(new string('x', 2001), "stop\u202E", MeasureStatus.Planned)], Notes = "a\0b" });
        Assert.Contains(new ImpactTextTooLong(ImpactField.RiskDescription, 1, 2001, 2000), problems);
        Assert.Contains(new ImpactTextHidden(ImpactField.Measure, 1), problems);
        Assert.Contains(new ImpactTextHidden(ImpactField.Notes, 0), problems);
        Assert.Empty(Check(ImpactAssessmentDetails.None with { Notes = "regel 1\r\nregel 2\tmet tab" }));
    }

    [Fact]
    public void AnUnknownSectorDpiaIsRefused() =>
        Assert.Equal([new UnknownSectorDpia("bestaat-niet")], Check(ImpactAssessmentDetails.None with { SectorDpiaId = "bestaat-niet" }));

    [Fact]
    public void TheMessagesNameTheFieldInDutch()
    {
        Assert.StartsWith("Herzieningsdatum:", ReasonText.Render(new ReviewBeforePerformed(new(2026, 5, 1), new(2026, 4, 1))));
        Assert.StartsWith("Risico 3, maatregel:", ReasonText.Render(new ImpactTextHidden(ImpactField.Measure, 3)));
        Assert.StartsWith("Datum uitgevoerd:", ReasonText.Render(new ImpactDateOutOfRange(ImpactField.PerformedOn, Today, Today, Today)));
    }
}

public class SectorDpiaLint
{
    [Fact]
    public void ABadEntryIsNamedByFileEntryAndField()
    {
        using var data = new DataCopy();
        data.Append("sector-dpias.yaml", """
              - id: broken-entry
                title: "Test"
                commissionedBy: "Test"
                for: [po, kinderopvang]
                published: "juni 2022"
                products: [bestaat-niet]
                outcome: prima
                summary: "Test"
                url: "http://example.org"
                source: "https://example.org"
                checked: 2026-12-06
                confidence: confirmed
            """);
        var issues = data.LintIssues();
        Assert.Contains(issues, i => i.StartsWith("sector-dpias.yaml: sectorDpia 14 'broken-entry', products:", StringComparison.Ordinal) && i.Contains("bestaat-niet", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("sector-dpias.yaml: sectorDpia 14 'broken-entry', outcome:", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("sector-dpias.yaml: sectorDpia 14 'broken-entry', published:", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("sector-dpias.yaml: sectorDpia 14 'broken-entry', url:", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("sector-dpias.yaml: sectorDpia 14 'broken-entry', for:", StringComparison.Ordinal));
    }

    [Fact]
    public void TheShippedFileLintsClean()
    {
        var (_, issues) = KnowledgeLoader.Lint(DataFolder.Locate());
        Assert.DoesNotContain(issues, i => i.File == "sector-dpias.yaml");
    }
}
