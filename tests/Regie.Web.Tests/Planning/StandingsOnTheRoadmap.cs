using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

/// <summary>
/// The roadmap says after each quarter how the services with a minimum stand against it, in the verdict's terms: the
/// verdict's first step (the sign-in to Entree Federatie) lowers the mean yet makes services stop failing on known facts.
/// </summary>
public sealed class StandingsOnTheRoadmap(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheVerdictsFirstStepShowsOnTheRoadmapAsServicesThatStopFailingOnKnownFacts()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        (await AddMoveAsync(client, await ServiceIdAsync(app, client, "Microsoft Entra ID"), "entree-federatie-alt")).EnsureSuccessStatusCode();

        var roadmap = await RoadmapAsync(client);

        var after = roadmap.Quarters[^1].After.Standings;
        Assert.True(after.FailsOnKnownFacts < roadmap.Before.Standings.FailsOnKnownFacts, $"{roadmap.Before.Standings} → {after}");
        Assert.Equal(roadmap.Before.Standings.Meets + roadmap.Before.Standings.FailsOnKnownFacts + roadmap.Before.Standings.Undetermined,
            after.Meets + after.FailsOnKnownFacts + after.Undetermined);
        Assert.Contains($"met een minimumeis: {after.Meets} voldoen, {after.FailsOnKnownFacts} schieten tekort op bekende feiten, {after.Undetermined} wachten op antwoorden",
            await client.GetStringAsync("/roadmap", ct));
    }
}
