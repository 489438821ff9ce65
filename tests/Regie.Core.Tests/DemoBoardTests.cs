using Regie.Core.Demo;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Scoring;

namespace Regie.Core.Tests;

/// <summary>The demo board on the shipped catalog shows what DEMO-BOARD.md promises a newcomer.</summary>
public class DemoBoardTests
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());
    private static readonly Regie.Core.Landscape.BoardLandscape Board = DemoBoard.Create(Shipped);

    [Fact]
    public void DemoBoardHasAboutFortyServicesAndTwelveSchools()
    {
        Assert.InRange(Board.Services.Count, 38, 45);
        Assert.Equal(12, Board.Schools.Count);
        Assert.True(Board.Organisation.IsDemo);
        Assert.All(Board.Services, s => Assert.True(s.CatalogProductId is null || Shipped.Catalog.ProductById.ContainsKey(s.CatalogProductId), s.Name));
    }

    [Fact]
    public void MicrosoftCarriesTheLargestShareOfCriticalProcesses()
    {
        var analysis = DependencyAnalysis.Analyse(Board, Shipped);
        var top = analysis.ByParent[0];

        Assert.Equal("Microsoft Corporation", top.Name.Nl);
        Assert.True(top.ProcessShare > 0.5, $"{top.ProcessShare}");
        Assert.Contains(top.Services, s => s.Name == "Zermelo" && !s.Direct);
    }

    [Fact]
    public void IdentityAndPupilAdministrationAreAmongTheMostUrgent()
    {
        var assessment = BoardAssessor.Assess(Board, Shipped);
        var ranked = assessment.ByUrgency().Select(s => s.Service.Name).ToList();
        var entra = assessment.Services.Single(s => s.Service.Name == "Microsoft Entra ID");
        var magister = assessment.Services.Single(s => s.Service.Name == "Magister");

        Assert.Equal("kritiek", entra.Urgency.Band);
        Assert.Contains(magister.Urgency.Band, new[] { "hoog", "kritiek" });
        Assert.True(ranked.IndexOf("Microsoft Entra ID") < 3, string.Join(", ", ranked.Take(12)));
        Assert.True(ranked.IndexOf("Magister") < 12, string.Join(", ", ranked.Take(12)));
    }

    [Fact]
    public void MagisterOnAUsCloudIsExposedAndFailsThePolicy()
    {
        var magister = BoardAssessor.Assess(Board, Shipped).Services.Single(s => s.Service.Name == "Magister");

        Assert.Contains(magister.ForeignAccess, f => f.CountryCode == "US");
        Assert.False(magister.Policy.Passes);
    }

    [Fact]
    public void EuropeanStorageScoresAboveMicrosoftStorageYetInheritsEntraThroughSignIn()
    {
        var assessment = BoardAssessor.Assess(Board, Shipped);
        ServiceAssessment Named(string name) => assessment.Services.Single(s => s.Service.Name.StartsWith(name, StringComparison.Ordinal));
        var nextcloud = Named("Nextcloud");

        Assert.True(nextcloud.Sovereignty.Score > Named("OneDrive").Sovereignty.Score, $"Nextcloud {nextcloud.Sovereignty.Score}, OneDrive {Named("OneDrive").Sovereignty.Score}");
        var capped = Assert.Single(nextcloud.Sovereignty.Objectives, o => o.Cap is not null && o.Objective.Id == "SOV3");
        Assert.Equal("Microsoft Entra ID", capped.Cap!.FromName);
        Assert.True(capped.OwnScore > capped.Score);
    }
}
