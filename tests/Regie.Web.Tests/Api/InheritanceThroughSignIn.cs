using System.Net;
using System.Net.Http.Json;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

public sealed class InheritanceThroughSignIn(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static readonly string[] Inherited = ["SOV2", "SOV3", "SOV4"];

    [Fact]
    public async Task AServiceSigningInThroughEntraIdScoresNoHigherThanEntraIdOnJurisdictionDataAndOperations()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var entra = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Microsoft Entra ID");

        // A service that would score well on its own: Dutch foundation, Dutch hosting, data only in the EU.
        var created = await client.PostAsJsonAsync("/api/v1/services", new ServiceInput
        {
            Name = "Toetsplatform van de stichting",
            Processes = ["toetsing"],
            Pupils = 1200,
            VendorId = "stichting-cito",
            HostingProviderId = "demo-hoster",
            DataLocation = Regie.Core.Catalog.DataLocation.EuOnly,
            SignsInThrough = entra.Id,
        }, RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var service = (await created.Content.ReadFromJsonAsync<ServiceDto>(RegieApp.Json, ct))!;

        var score = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{service.Id}/score", RegieApp.Json, ct))!;
        var entraScore = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{entra.Id}/score", RegieApp.Json, ct))!;

        foreach (var id in Inherited)
        {
            var own = score.Objectives.Single(o => o.Id == id);
            var idp = entraScore.Objectives.Single(o => o.Id == id);
            Assert.True(own.Score <= idp.Score, $"{id}: {own.Score} > Entra ID's {idp.Score}");
            Assert.True(own.Seal <= idp.Seal, $"{id}: SEAL-{own.Seal} > Entra ID's SEAL-{idp.Seal}");
        }

        // Where its own answers were better, the explanation names Entra ID and the sign-in edge.
        var capped = score.Objectives.Where(o => Inherited.Contains(o.Id) && o.OwnScore > o.Score).ToList();
        Assert.NotEmpty(capped);
        Assert.All(capped, o =>
        {
            Assert.NotNull(o.InheritedCap);
            Assert.Equal(entra.Id, o.InheritedCap.FromServiceId);
            Assert.Equal(DependencyKind.SignsInThrough, o.InheritedCap.Edge);
            Assert.Equal("capInherited", o.InheritedCap.Reason.Code);
            Assert.Contains("Microsoft Entra ID", o.InheritedCap.Reason.Arg("fromService"));
        });
        Assert.All(score.Objectives.Where(o => !Inherited.Contains(o.Id)), o => Assert.Null(o.InheritedCap));
        Assert.Contains(score.Objectives.SelectMany(o => o.Criteria), c => c.Origin == AnswerOrigin.Prefilled);
    }
}
