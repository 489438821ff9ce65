using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class LandscapeRoundTrip(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task AServiceWithOverridesAndDependenciesComesBackAsTheSameCoreRecords(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Stichting Rondreis");
        var magister = new ServiceEntity
        {
            Id = Guid.NewGuid(),
            Name = "Magister",
            CatalogProductId = "magister",
            ProcessKeys = ["lesgeven", "toetsen"],
            Pupils = 1100,
            Staff = 140,
            DataCategories = ["leerlinggegevens", "cijfers"],
            VendorId = "iddink",
            HostingProviderId = "azure",
            HostingRegion = "westeurope",
            DataLocation = DataLocation.EuDefault,
            OpenSource = Tri.No,
            ContractEnd = new DateOnly(2027, 7, 31),
            ExitClause = Tri.Yes,
            ExportFormats = ["csv", "xlsx"],
            Dpia = AssessmentStatus.Done,
            Kia = AssessmentStatus.InProgress,
            AnnualCost = 12345.67m,
            TestedExport = Check.Yes,
            TestedExitPlan = Check.Partly,
            AlternativeIdentified = Check.No,
            IndependentBackup = Check.Unknown,
            ExitClauseInContract = Check.Yes,
            InHouseKnowHow = Check.Partly,
            Notes = "Contract via SIVON",
            Overrides =
            [
                new AnswerOverrideEntity { CriterionId = "keyControl", Option = 2, Reason = "Eigen sleutels sinds 2026" },
                new AnswerOverrideEntity { CriterionId = "exitClause", Option = null, Reason = "Nog niet uitgezocht" },
            ],
        };
        var entra = new ServiceEntity { Id = Guid.NewGuid(), Name = "Entra ID", ProcessKeys = ["lesgeven"] };
        await using (var db = storage.OpenAs(provider, board))
        {
            db.Services.AddRange(magister, entra);
            db.Dependencies.Add(new DependencyEntity { FromServiceId = magister.Id, Kind = DependencyKind.SignsInThrough, ToServiceId = entra.Id });
            db.Schools.Add(new SchoolEntity { Name = "De Regenboog", Brin = "12AB", Sector = Sector.Po, Pupils = 300 });
            db.LocalCompanies.Add(new LocalCompanyEntity { Key = "schoolict", Name = "SchoolICT bv", Country = "NL", ParentKey = "none", Kind = CompanyKind.Commercial, Source = "KvK 12345678" });
            db.LocalCompanies.Add(new LocalCompanyEntity { Key = "onbekend", Name = "Onbekend bv" });
            db.LocalProviders.Add(new LocalProviderEntity { Key = "eigen-rack", Name = "Eigen serverruimte", CompanyKey = "schoolict", Kind = ProviderKind.SelfHosted });
            await db.SaveChangesAsync(Ct);
        }

        await using var reader = storage.OpenAs(provider, board);
        var landscape = await reader.LoadLandscapeAsync(new OrganisationId(board), TimeProvider.System, Ct);

        Assert.Equivalent(
            new Service(
                new ServiceId(magister.Id), "Magister", "magister", ["lesgeven", "toetsen"], 1100, 140, ["leerlinggegevens", "cijfers"],
                "iddink", "azure", "westeurope", DataLocation.EuDefault, Tri.No, new DateOnly(2027, 7, 31), Tri.Yes, ["csv", "xlsx"],
                AssessmentStatus.Done, AssessmentStatus.InProgress, 12345.67m,
                new Mitigation(Check.Yes, Check.Partly, Check.No, Check.Unknown, Check.Yes, Check.Partly),
                [new AnswerOverride("exitClause", null, "Nog niet uitgezocht"), new AnswerOverride("keyControl", 2, "Eigen sleutels sinds 2026")],
                "Contract via SIVON"),
            landscape.Services.Single(s => s.Id.Value == magister.Id),
            strict: true);
        var unknowns = landscape.Services.Single(s => s.Id.Value == entra.Id);
        Assert.Null(unknowns.DataLocation);
        Assert.Null(unknowns.OpenSource);
        Assert.Equal(Mitigation.None, unknowns.Mitigation);
        Assert.Equal([new Dependency(new ServiceId(magister.Id), DependencyKind.SignsInThrough, new ServiceId(entra.Id))], landscape.Dependencies);
        Assert.Equal(new School("De Regenboog", "12AB", Sector.Po, 300), Assert.Single(landscape.Schools));
        Assert.Equal("Stichting Rondreis", landscape.Organisation.Name);
        Assert.Equal([Sector.Po], landscape.Organisation.Sectors);

        var schoolIct = landscape.LocalCompanies.Single(c => c.Id == "schoolict");
        Assert.True(schoolIct.IsLocal);
        Assert.True(schoolIct.IsUltimate);
        Assert.Equal(("NL", "KvK 12345678", Confidence.Confirmed), (schoolIct.Country.Value, schoolIct.Country.Source, schoolIct.Country.Confidence));
        Assert.False(landscape.LocalCompanies.Single(c => c.Id == "onbekend").Parent.IsKnown);
        var rack = Assert.Single(landscape.LocalProviders);
        Assert.Equal(("eigen-rack", "schoolict", ProviderKind.SelfHosted, true), (rack.Id, rack.Company.Value, rack.Kind, rack.IsLocal));
    }

    [Theory, OnBothDatabases]
    public async Task ANewBoardGetsItsOwnCopyOfTheProcessTemplates(DatabaseProvider provider)
    {
        var first = await storage.CreateBoardAsync(provider, "Eerste");
        var second = await storage.CreateBoardAsync(provider, "Tweede");
        await using (var db = storage.OpenAs(provider, first))
        {
            (await db.Processes.SingleAsync(p => p.Key == "toetsen", Ct)).Criticality = 1;
            await db.SaveChangesAsync(Ct);
        }

        await using var reader = storage.OpenAs(provider, second);
        var landscape = await reader.LoadLandscapeAsync(new OrganisationId(second), TimeProvider.System, Ct);

        Assert.Equivalent(StorageFixture.Templates, landscape.Processes, strict: true);
    }
}
