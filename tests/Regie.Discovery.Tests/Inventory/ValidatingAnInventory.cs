using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Discovery.Inventory;

namespace Regie.Discovery.Tests.Inventory;

public sealed class ValidatingAnInventory
{
    private static readonly Lazy<RegieKnowledge> Knowledge = new(() => KnowledgeLoader.Load(TestFiles.RealDataFolder));

    private static InventoryValidation Validate(IReadOnlyList<string>? existing = null, params InventoryRow[] rows) =>
        InventoryValidator.Validate(rows, Knowledge.Value, existing ?? [], fileName: "test.csv");

    [Fact]
    public void ANameIsMatchedToTheCatalogByIdNameOrAliasIgnoringCase()
    {
        var result = Validate(null, new(2, "Azure AD"), new(3, "SOMTODAY"), new(4, "parnassys"), new(5, "Onze eigen app"));

        Assert.Empty(result.Errors);
        Assert.Equal(["microsoft-entra-id", "somtoday", "parnassys", null], result.Services.Select(s => s.Service.CatalogProductId));
    }

    [Fact]
    public void AnUnknownCatalogIdIsAnError()
    {
        var result = Validate(null, new InventoryRow(2, "Iets", CatalogId: "bestaat-niet"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "catalogus-id"), (error.Row!.Value, error.Column!));
    }

    [Fact]
    public void ProcessesAndDataCategoriesMayBeIdsOrDutchNames()
    {
        var result = Validate(null, new InventoryRow(2, "A", Processes: ["Leerlingadministratie", "toetsing", "Opslag en samenwerken"], DataCategories: ["Cijfers en resultaten", "bsn"]));

        Assert.Empty(result.Errors);
        Assert.Equal(["leerlingadministratie", "toetsing", "opslag-en-samenwerken"], result.Services[0].Service.ProcessIds);
        Assert.Equal(["resultaten", "bsn"], result.Services[0].Service.DataCategoryIds);
    }

    [Fact]
    public void ANameWrittenTwiceOrAlreadyRegisteredIsNoErrorTheApplierJoinsIt()
    {
        var result = Validate(["Zermelo"], new(2, "Magister"), new(3, "Zermelo"), new(4, "magister"));

        Assert.Empty(result.Errors);
        Assert.Equal(["Magister", "Zermelo", "magister"], result.Services.Select(s => s.Service.Name));
    }

    [Fact]
    public void SignInMayPointToAServiceInTheFileOrOneAlreadyRegistered()
    {
        var result = Validate(["Entree Federatie"],
            new InventoryRow(2, "Magister", SignsInThrough: ["azure ad"]),
            new InventoryRow(3, "Azure AD"),
            new InventoryRow(4, "Basispoort", SignsInThrough: ["Entree Federatie"], HostedOn: ["Nergens"]));

        Assert.Equal(
            [new ImportedDependency(2, "Magister", DependencyKind.SignsInThrough, "Azure AD"), new ImportedDependency(4, "Basispoort", DependencyKind.SignsInThrough, "Entree Federatie")],
            result.Dependencies);
        var error = Assert.Single(result.Errors);
        Assert.Equal("test.csv: Rij 4, kolom 'gehost-op': 'Nergens' staat niet in dit bestand en is ook nog niet geregistreerd.", error.ToString());
    }

    [Fact]
    public void AServiceCannotDependOnItself()
    {
        var result = Validate(null, new InventoryRow(2, "Magister", IntegratesWith: ["Magister"]));

        Assert.IsType<DependsOnItself>(Assert.Single(result.Errors).Why);
    }

    [Fact]
    public void AVendorTheCatalogLacksBecomesTheBoardsOwnWithAWarningAndAnEmptyOneIsUnknown()
    {
        var result = Validate(null, new InventoryRow(2, "A", Vendor: "Microsoft Corporation"), new InventoryRow(3, "B", Vendor: "Piet's Software"),
            new InventoryRow(4, "C"), new InventoryRow(5, "D", Vendor: "piets software"), new InventoryRow(6, "E", Vendor: "onbekend"));

        Assert.Empty(result.Errors);
        Assert.Equal(["microsoft", "piets-software", null, "piets-software", null], result.Services.Select(s => s.Service.VendorId));
        Assert.Equal(new ImportParty(OwnPartyKind.Company, "piets-software", "Piet's Software", "rij 3"), Assert.Single(result.NewParties));
        Assert.Equal("test.csv: Rij 3, kolom 'leverancier': Piet's Software staat niet in de catalogus; toegevoegd als eigen leverancier van het bestuur.",
            Assert.Single(result.Notes).ToString());
    }

    [Fact]
    public void AVendorNamedWithAnotherLegalFormIsTheCatalogsCompany()
    {
        // The catalog has "Zivver B.V."; an inventory writes "Zivver BV" or "Zivver".
        var result = Validate(null, new InventoryRow(2, "Zivver", Vendor: "Zivver BV"), new InventoryRow(3, "Mail", Vendor: "zivver"));

        Assert.Equal(["zivver", "zivver"], result.Services.Select(s => s.Service.VendorId));
        Assert.Empty(result.NewParties);
    }

    [Fact]
    public void AHostingProviderTheCatalogLacksBecomesTheBoardsOwnAndAVendorCalledNoneIsStillAnError()
    {
        var result = Validate(null, new InventoryRow(2, "A", HostingProvider: "Serverhok Zwolle"), new InventoryRow(3, "B", Vendor: "none"));

        Assert.Equal("serverhok-zwolle", result.Services[0].Service.HostingProviderId);
        Assert.Equal(OwnPartyKind.HostingProvider, Assert.Single(result.NewParties).Kind);
        Assert.IsType<HostingProviderAddedAsOwnParty>(Assert.Single(result.Notes).Why);
        Assert.Equal((3, "leverancier"), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
    }
}
