using System.Text;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Data.Imports;

namespace Regie.Discovery.Tests.Imports;

/// <summary>Issue 12, point 2: importing again previews field-by-field changes, applies them all or nothing, and lists what the file no longer names.</summary>
public sealed class ReimportingKeepsTheRegisterCurrent
{
    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private static readonly ImportOptions DryRun = new(DryRun: true);

    [Fact]
    public async Task APreviewListsEveryChangedFieldOldAndNewAndWritesNothing()
    {
        using var board = await ImportBoard.CreateAsync();
        Assert.True((await board.ImportAsync(Csv("naam;leerlingen;dpia;datalocatie\nMagister;100;bezig;\nEigen rooster;20;;\n"), "v1.csv", ImportFormat.Inventory)).Succeeded);
        var before = await board.CountAsync();

        var preview = await board.ImportAsync(Csv("naam;leerlingen;dpia;datalocatie\nMagister;150;klaar;eu-only\nEigen rooster;20;;\nParro;;;\n"), "v2.csv", ImportFormat.Inventory, DryRun);

        Assert.True(preview.Succeeded, string.Join("\n", preview.Errors));
        Assert.False(preview.Applied);
        var magister = Assert.Single(preview.Rows, r => r.RawName == "Magister");
        Assert.Equal(RowOutcome.Updated, magister.Outcome);
        Assert.Equal(
            [new FieldChange(ServiceField.Pupils, 100, 150), new FieldChange(ServiceField.DataLocation, null, DataLocation.EuOnly), new FieldChange(ServiceField.Dpia, AssessmentStatus.InProgress, AssessmentStatus.Done)],
            magister.Changes);
        Assert.Equal(
            ["leerlingen: 100 → 150", "datalocatie: onbekend → alleen in de EU", "DPIA: bezig → klaar"],
            magister.Changes.Select(c => ReasonText.Change(c, ReasonText.Dutch)));
        Assert.Equal(RowOutcome.Joined, Assert.Single(preview.Rows, r => r.RawName == "Eigen rooster").Outcome);
        Assert.Equal(RowOutcome.Created, Assert.Single(preview.Rows, r => r.RawName == "Parro").Outcome);
        Assert.Equal((1, 1, 1), (preview.Created, preview.Updated, preview.Joined));
        Assert.Equal(before, await board.CountAsync());
        Assert.Equal(100, Assert.Single(await board.ServicesAsync(), s => s.Name == "Magister").Pupils);
    }

    [Fact]
    public async Task ApplyingStoresExactlyThePreviewedChangesAndAuditsThemOldToNew()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync(Csv("naam;leerlingen;notities\nMagister;100;oud\n"), "v1.csv", ImportFormat.Inventory);
        var v2 = Csv("naam;leerlingen;notities\nMagister;150;\n");
        var preview = await board.ImportAsync(v2, "v2.csv", ImportFormat.Inventory, DryRun);
        var auditBefore = (await board.CountAsync()).Audit;

        var applied = await board.ImportAsync(v2, "v2.csv", ImportFormat.Inventory, new ImportOptions(ExpectedFingerprint: preview.Fingerprint));

        Assert.True(applied.Succeeded, string.Join("\n", applied.Errors));
        Assert.Equal(preview.Rows.Select(r => (r.Outcome, r.Changes.Count)), applied.Rows.Select(r => (r.Outcome, r.Changes.Count)));
        var magister = Assert.Single(await board.ServicesAsync());
        Assert.Equal((150, "oud"), (magister.Pupils, magister.Notes)); // an empty cell leaves the registered value as it is
        await using var db = board.Open();
        var audit = db.AuditEntries.Where(a => a.Entity == "ServiceEntity" && a.Action == "Modified").ToList();
        var entry = Assert.Single(audit);
        Assert.Contains("\"Pupils\":100", entry.OldValues);
        Assert.Contains("\"Pupils\":150", entry.NewValues);
        Assert.True((await board.CountAsync()).Audit > auditBefore);

        var again = await board.ImportAsync(v2, "v2.csv", ImportFormat.Inventory);
        Assert.Equal(RowOutcome.Joined, Assert.Single(again.Rows).Outcome);
    }

    [Fact]
    public async Task ABoardChangedSinceThePreviewRefusesTheImportAndWritesNothing()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync(Csv("naam;leerlingen\nMagister;100\n"), "v1.csv", ImportFormat.Inventory);
        var v2 = Csv("naam;leerlingen\nMagister;150\n");
        var preview = await board.ImportAsync(v2, "v2.csv", ImportFormat.Inventory, DryRun);
        await board.ImportAsync(Csv("naam;leerlingen\nMagister;120\n"), "ander.csv", ImportFormat.Inventory);
        var before = await board.CountAsync();

        var refused = await board.ImportAsync(v2, "v2.csv", ImportFormat.Inventory, new ImportOptions(ExpectedFingerprint: preview.Fingerprint));

        Assert.IsType<BoardChangedSincePreview>(Assert.Single(refused.Errors).Why);
        Assert.Equal(before, await board.CountAsync());
        Assert.Equal(120, Assert.Single(await board.ServicesAsync()).Pupils);
    }

    [Fact]
    public async Task ServicesTheInventoryNoLongerNamesAreListedAndRemovedOnlyWhenAsked()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync(Csv("naam;koppelt-met\nMagister;Eigen rooster\nEigen rooster;\nParro;\n"), "v1.csv", ImportFormat.Inventory);

        var kept = await board.ImportAsync(Csv("naam\nMagister\n"), "v2.csv", ImportFormat.Inventory);

        Assert.Equal(["Eigen rooster", "Parro"], kept.Missing.Select(m => m.Name));
        Assert.False(kept.MissingRemoved);
        Assert.Equal(3, (await board.ServicesAsync()).Count);

        var removed = await board.ImportAsync(Csv("naam\nMagister\n"), "v2.csv", ImportFormat.Inventory, new ImportOptions(RemoveMissing: true));

        Assert.True(removed.MissingRemoved);
        Assert.Equal(["Magister"], (await board.ServicesAsync()).Select(s => s.Name));
        Assert.Empty(await board.DependenciesAsync());
    }

    [Fact]
    public async Task AServiceAFileNamesOnlyAsADependencyIsNotMissing()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync(Csv("naam\nMagister\nEigen rooster\n"), "v1.csv", ImportFormat.Inventory);

        var result = await board.ImportAsync(Csv("naam;koppelt-met\nMagister;Eigen rooster\n"), "v2.csv", ImportFormat.Inventory, DryRun);

        Assert.Empty(result.Missing);
        Assert.Equal(new ImportedEdge("Magister", DependencyKind.IntegratesWith, "Eigen rooster"), Assert.Single(result.NewEdges));
    }

    [Fact]
    public async Task AnExportFillsWhatTheBoardLeftUnknownAndNeverOverwritesWhatItEntered()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync(Csv("naam;notities\nZoom;Contract via de stichting\nTuinklas Planner;\n"), "v1.csv", ImportFormat.Inventory);

        var result = await board.ImportFixtureAsync("entra-enterprise-apps.csv", ImportFormat.Entra);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name);
        Assert.Equal("Contract via de stichting", services["Zoom"].Notes);
        Assert.StartsWith("Entra-toepassing, application ID ", services["Tuinklas Planner"].Notes);
        Assert.Equal(RowOutcome.Joined, result.Rows.Single(r => r.RawName == "Zoom").Outcome);
        var filled = Assert.Single(result.Rows.Single(r => r.RawName == "Tuinklas Planner").Changes);
        Assert.Equal((ServiceField.Notes, null), (filled.Field, filled.Old));
    }

    [Fact]
    public async Task AReimportedExportListsTheAppsAnEarlierExportBroughtInThatAreGone()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync(Csv("naam\nMagister\n"), "inventaris.csv", ImportFormat.Inventory);
        await board.ImportFixtureAsync("entra-enterprise-apps.csv", ImportFormat.Entra);
        var lines = await File.ReadAllLinesAsync(ImportBoard.Fixture("entra-enterprise-apps.csv"), TestContext.Current.CancellationToken);
        var withoutZoom = Encoding.UTF8.GetBytes(string.Join('\n', lines.Where(l => !l.Contains(",Zoom,", StringComparison.Ordinal))));

        var preview = await board.ImportAsync(withoutZoom, "entra-enterprise-apps.csv", ImportFormat.Entra, DryRun);

        // Magister came from the inventory, Entra ID is what the apps sign in through: neither is missing from an Entra export.
        Assert.Equal(["Zoom"], preview.Missing.Select(m => m.Name));
    }

    [Fact]
    public async Task AReviewedRowJoinsTheProductTheUserChoseOrStaysTheBoardsOwn()
    {
        using var board = await ImportBoard.CreateAsync();
        var csv = Csv("naam\nTeams Roosterkoppeling\nSchoolwise SSO\n");

        var unsure = await board.ImportAsync(csv, "inventaris.csv", ImportFormat.Inventory, DryRun);
        Assert.Contains(unsure.Review, n => n.Why is MightBeProduct { Name: "Teams Roosterkoppeling", ProductId: "microsoft-teams" });

        var decided = await board.ImportAsync(csv, "inventaris.csv", ImportFormat.Inventory,
            decisions: new MatchDecisions().Decide("Teams Roosterkoppeling", "microsoft-teams").Decide("Schoolwise SSO", null));

        Assert.Empty(decided.Review);
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name, s => s.CatalogProductId);
        Assert.Equal("microsoft-teams", services["Teams Roosterkoppeling"]);
        Assert.Null(services["Schoolwise SSO"]);
    }

    [Fact]
    public async Task ADecisionForAProductTheCatalogLacksIsRefusedByName()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Csv("naam\nTeams Roosterkoppeling\n"), "inventaris.csv", ImportFormat.Inventory,
            decisions: new MatchDecisions().Decide("Teams Roosterkoppeling", "wordperfect"));

        Assert.Equal(new ProductNotInCatalog("wordperfect"), Assert.Single(result.Errors).Why);
        Assert.Empty(await board.ServicesAsync());
    }
}
