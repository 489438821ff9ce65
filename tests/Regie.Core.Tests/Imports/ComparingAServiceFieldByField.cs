using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Core.Landscape;

namespace Regie.Core.Tests.Imports;

public sealed class ComparingAServiceFieldByField
{
    private static Service Registered => new(
        ServiceId.New(), "Magister", "magister", ["leerlingadministratie"], Pupils: 100, VendorId: "iddink", Dpia: AssessmentStatus.InProgress,
        ExportFormats: ["CSV", "XLSX"], Notes: "eigen notitie");

    private static Service Offered(Func<Service, Service> change) => change(new Service(ServiceId.New(), "Magister", null, []));

    [Fact]
    public void AnInventoryReplacesEveryValueItGivesAndLeavesWhatItLeavesEmpty()
    {
        var (updated, changes) = ServiceUpdate.Merge(Registered, Offered(s => s with { Pupils = 150, VendorId = "topicus" }), UpdateRule.ReplaceGiven);

        Assert.Equal([new FieldChange(ServiceField.Pupils, 100, 150), new FieldChange(ServiceField.Vendor, "iddink", "topicus")], changes);
        Assert.Equal((150, "topicus", "eigen notitie", AssessmentStatus.InProgress), (updated.Pupils, updated.VendorId, updated.Notes, updated.Dpia));
        Assert.Equal(Registered.ProcessIds, updated.ProcessIds);
    }

    [Fact]
    public void AnExportOnlyFillsWhatIsUnknown()
    {
        var (updated, changes) = ServiceUpdate.Merge(Registered, Offered(s => s with { Pupils = 150, Staff = 12, Kia = AssessmentStatus.Done }), UpdateRule.FillUnknown);

        Assert.Equal([new FieldChange(ServiceField.Staff, null, 12), new FieldChange(ServiceField.Kia, null, AssessmentStatus.Done)], changes);
        Assert.Equal((100, 12), (updated.Pupils, updated.Staff));
    }

    [Fact]
    public void TheLinkToACatalogProductIsFilledButNeverReplaced()
    {
        var (kept, none) = ServiceUpdate.Merge(Registered, Offered(s => s with { CatalogProductId = "somtoday" }), UpdateRule.ReplaceGiven);
        var (linked, filled) = ServiceUpdate.Merge(Registered with { CatalogProductId = null }, Offered(s => s with { CatalogProductId = "magister" }), UpdateRule.ReplaceGiven);

        Assert.Equal(("magister", 0), (kept.CatalogProductId, none.Count));
        Assert.Equal(new FieldChange(ServiceField.CatalogProduct, null, "magister"), Assert.Single(filled));
        Assert.Equal("magister", linked.CatalogProductId);
    }

    [Fact]
    public void TheSameValuesWrittenDifferentlyAreNoChange()
    {
        var (updated, changes) = ServiceUpdate.Merge(Registered, Offered(s => s with { ExportFormats = ["xlsx", "csv"], Notes = " Eigen notitie ", Pupils = 100 }), UpdateRule.ReplaceGiven);

        Assert.Empty(changes);
        Assert.Equal(["CSV", "XLSX"], updated.ExportFormatList);
    }

    [Fact]
    public void NothingOfferedChangesNothing()
    {
        var registered = Registered;

        var (updated, changes) = ServiceUpdate.Merge(registered, Offered(s => s), UpdateRule.ReplaceGiven);

        Assert.Empty(changes);
        Assert.Same(registered, updated);
    }

    [Fact]
    public void DataLocationAndTheYesNoFieldsCountUnknownAsNotGiven()
    {
        var registered = Registered with { DataLocation = DataLocation.EuOnly, ExitClause = Tri.Yes };

        var (_, none) = ServiceUpdate.Merge(registered, Offered(s => s with { DataLocation = DataLocation.Unknown, ExitClause = Tri.Unknown }), UpdateRule.ReplaceGiven);
        var (_, some) = ServiceUpdate.Merge(registered, Offered(s => s with { ExitClause = Tri.No }), UpdateRule.ReplaceGiven);

        Assert.Empty(none);
        Assert.Equal(new FieldChange(ServiceField.ExitClause, Tri.Yes, Tri.No), Assert.Single(some));
    }
}
