using Regie.Core.Catalog;
using Regie.Core.Demo;
using Regie.Core.Exit;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;

namespace Regie.Core.Tests.Exit;

/// <summary>The exit plan goes where the roadmap goes; without a move, to an alternative of the same function.</summary>
public class TheExitPlanFollowsTheRoadmap
{
    private static readonly RegieKnowledge Shipped = ShippedData.Knowledge;
    private static readonly BoardLandscape Demo = DemoBoard.Create(Shipped);
    private static readonly KnowledgeCatalog Catalog = Shipped.Catalog.For(Demo);

    private static Service Named(string name) => Demo.Services.Single(s => s.Name == name);

    private static GeneratedExitPlan Plan(Service service, string? onRoadmap) => ExitPlans.Generate(service, Catalog, Shipped,
        ExitAlternative.Choose(Demo, service, Catalog, Shipped, onRoadmap is null ? null : MoveTarget.Resolve(onRoadmap, Catalog)));

    [Fact]
    public void TheAlternativeChosenOnTheRoadmapIsTheExitPlansAlternative()
    {
        var generated = Plan(Named("Microsoft Teams"), "bigbluebutton");

        Assert.Equal("bigbluebutton", generated.Proposal.AlternativeId);
        var note = Assert.Single(generated.Notes, n => n.Field == ExitPlanFields.AlternativeId);
        Assert.Equal(new AlternativeOnRoadmap(Catalog.Alternatives.Single(a => a.Id == "bigbluebutton").FullName), note.Why);
        Assert.Contains(generated.Proposal.Steps, s => ReasonText.Render(s, ReasonText.Dutch).Contains("BigBlueButton", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "Nextcloud (bij SURF, proeftuin en pilots)")]
    [InlineData("en", "Nextcloud (at SURF, testing ground and pilots)")]
    public void TheChosenAlternativeIsNamedWithItsVariantInTheReadersLanguage(string language, string expected)
    {
        var service = Named("Microsoft Teams");
        var chosen = ExitAlternative.Choose(Demo, service, Catalog, Shipped, MoveTarget.Resolve("surf-nextcloud", Catalog));

        Assert.Equal(expected, chosen.Name!.In(language));
        Assert.Equal(expected, ReasonText.Render(chosen.Why, language == "en" ? ReasonText.English : ReasonText.Dutch)[(language == "en" ? "Chosen on the roadmap: " : "Gekozen op de routekaart: ").Length..^1]);
        var steps = ExitPlans.Generate(service, Catalog, Shipped, chosen).Proposal.Steps;
        Assert.Contains(steps, s => ReasonText.Render(s, language == "en" ? ReasonText.English : ReasonText.Dutch).Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AProductChosenOnTheRoadmapIsFollowedToo()
    {
        var generated = Plan(Named("Microsoft Teams"), "trello");

        Assert.Equal("trello", generated.Proposal.AlternativeId);
        Assert.Contains(generated.Proposal.Steps, s => ReasonText.Render(s, ReasonText.Dutch).Contains(Catalog.ProductById["trello"].Name, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAMoveTheExitPlanPicksTheMostMatureAlternativeOfTheSameFunction()
    {
        // Zoom's catalog alternatives are Jitsi and BigBlueButton (maturity unknown) and PeerTube (a pilot, but a website):
        // the most mature one of all would be PeerTube, the one of the same function is Jitsi.
        var generated = Plan(Named("Zoom (incidenteel)"), null);

        Assert.Equal("jitsi-meet", generated.Proposal.AlternativeId);
        var note = Assert.IsType<MostMatureAlternative>(Assert.Single(generated.Notes, n => n.Field == ExitPlanFields.AlternativeId).Why);
        Assert.DoesNotContain(note.Others, o => o.En.Contains("PeerTube", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void WithoutTheBoardAPupilsSignInIsNotSentToAnIdentityServiceThatMayNotAdmitPrimaryPupils()
    {
        var generated = ExitPlans.Generate(Named("Google-accounts (po-leerlingen)"), Catalog, Shipped);

        Assert.Equal("entree-federatie-alt", generated.Proposal.AlternativeId);
        var note = Assert.IsType<MostMatureAlternative>(Assert.Single(generated.Notes, n => n.Field == ExitPlanFields.AlternativeId).Why);
        Assert.DoesNotContain(note.Others, o => o.En.StartsWith("eduID", StringComparison.Ordinal) || o.En.StartsWith("SURFconext", StringComparison.Ordinal));
    }
}
