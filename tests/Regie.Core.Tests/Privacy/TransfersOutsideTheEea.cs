using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Core.Questionnaires;
using static Regie.Core.Tests.Privacy.ProcessingRegisterWorld;

namespace Regie.Core.Tests.Privacy;

/// <summary>The register lists a transfer outside the EU/EEA exactly when the facts say so, each with the fact it rests on.</summary>
public sealed class TransfersOutsideTheEea
{
    [Fact]
    public void AnEuHostedEuVendorWithEuDataAndNoSubProcessorsHasNoTransfer()
    {
        var record = Register(Service("Leerlingvolg", "eu-app"));

        Assert.Equal(TransferStatus.None, record.Transfers.Status);
        Assert.Empty(record.Transfers.Transfers);
        Assert.Empty(record.Transfers.Gaps);
    }

    [Fact]
    public void AVendorInTheEeaButOutsideTheEuIsNoTransfer()
    {
        Assert.Equal(TransferStatus.None, Register(Service("Noors", "norwegian")).Transfers.Status);
    }

    [Fact]
    public void ADutchVendorWithAnAmericanParentIsATransferRestingOnTheParentFact()
    {
        var record = Register(Service("Amerikaans", "us-app-nl"));

        Assert.Equal(TransferStatus.Outside, record.Transfers.Status);
        var transfer = Assert.Single(record.Transfers.Transfers);
        var why = Assert.IsType<ProcessorControlledOutsideEea>(transfer.Why);
        Assert.Equal(("US Corp Nederland B.V.", "US Corp Inc.", "United States", true), (why.Vendor, why.Controller, why.Country.En, why.AccessLaw));
        Assert.Equal(("companies.yaml: parent page", Day, RegisterOrigin.Catalog), (transfer.Source, transfer.Checked, transfer.Origin));
        Assert.Equal("US Corp Inc.", record.Processor.UltimateParent?.Name);
    }

    [Fact]
    public void DataStoredOutsideTheEuIsATransferWithItsSource()
    {
        var transfer = Assert.Single(Register(Service("Buitenland", "eu-app-abroad")).Transfers.Transfers);

        Assert.IsType<DataStoredOutsideEea>(transfer.Why);
        Assert.Equal("privacy statement: servers in the US", transfer.Source);
    }

    [Fact]
    public void HostingOnAnAmericanCloudIsATransfer()
    {
        var record = Register(Service("Op US-cloud", "eu-app-on-us-cloud"));

        var why = Assert.IsType<HostingControlledOutsideEea>(Assert.Single(record.Transfers.Transfers).Why);
        Assert.Equal("US Cloud", why.Provider.Nl);
        Assert.Contains(record.SubProcessors, p => p.Role == SubProcessorRole.Hosting && p.Party.Name == "US Cloud" && p.Party.InEuEea == false);
    }

    [Fact]
    public void AnAmericanSubProcessorIsATransferAndANameWithoutCountryIsAGap()
    {
        var record = Register(Service("Met subverwerkers", "eu-app-us-subs"));

        var transfer = Assert.Single(record.Transfers.Transfers);
        Assert.Equal("US Corp Inc.", Assert.IsType<SubProcessorOutsideEea>(transfer.Why).SubProcessor);
        Assert.Equal("subprocessor list page", transfer.Source);
        Assert.Contains(new SubProcessorCountryUnknown("Kleine Partij"), record.Transfers.Gaps);
    }

    [Fact]
    public void UnknownFactsMakeTheAnswerUnknownNeverNone()
    {
        Assert.Equal(TransferStatus.Unknown, Register(Service("Waar?", "eu-app-nowhere")).Transfers.Status);
        Assert.Contains(new DataLocationUnknown(), Register(Service("Waar?", "eu-app-nowhere")).Transfers.Gaps);
        Assert.Contains(new SubProcessorsUnknown(), Register(Service("Wie?", "eu-app-open-subs")).Transfers.Gaps);
        Assert.Contains(new ProcessorControlUnknown("Wees B.V."), Register(Service("Wees", "orphan-app")).Transfers.Gaps);
        var noProduct = Register(new Service(new ServiceId(Guid.NewGuid()), "Eigen dienst", null, ["lesgeven"]));
        Assert.Equal(TransferStatus.Unknown, noProduct.Transfers.Status);
        Assert.Contains(RegisterFieldName.Processor, noProduct.UnknownFields);
    }

    [Fact]
    public void AVendorAnswerChangesTheTransfer()
    {
        var service = Service("Waar?", "eu-app-nowhere");
        VendorStatement Says(string answer) =>
            new(QuestionId.For("eu-app-nowhere", FactTopic.DataLocation), "eu-vendor", "EU Vendor B.V.", answer, null, new DateOnly(2026, 11, 30));

        var abroad = Register(service, Says("0"));
        var inside = Register(service, Says("2"));

        var transfer = Assert.Single(abroad.Transfers.Transfers);
        Assert.IsType<DataStoredOutsideEea>(transfer.Why);
        Assert.Equal((RegisterOrigin.Vendor, "antwoord van EU Vendor B.V., 2026-11-30", new DateOnly(2026, 11, 30)), (transfer.Origin, transfer.Source, transfer.Checked));
        Assert.Equal(TransferStatus.None, inside.Transfers.Status);
    }

    [Fact]
    public void AServiceHostedOnAnAmericanServiceNamesItAsSubProcessorAndTransfer()
    {
        var host = Service("Hosting", "us-app-nl");
        var app = new Service(new ServiceId(Guid.NewGuid()), "Eigen app", null, ["lesgeven"], DataLocation: DataLocation.EuOnly, VendorId: "eu-vendor", HostingProviderId: "eu-cloud");

        var record = ProcessingRegister.Build(Board([host, app], new Dependency(app.Id, DependencyKind.HostedOn, host.Id)), World, [])
            .Single(r => r.ServiceName == "Eigen app");

        Assert.Contains(record.SubProcessors, p => p.Role == SubProcessorRole.HostedOnService && p.Party.Name == "Hosting");
        Assert.Contains(record.Transfers.Transfers, t => t.Why is SubProcessorOutsideEea { SubProcessor: "Hosting" });
    }

    [Fact]
    public void TheSummaryCountsTransfersByUltimateParent()
    {
        var board = Board([Service("A", "us-app-nl"), Service("B", "eu-app-on-us-cloud"), Service("C", "eu-app"), Service("D", "eu-app-nowhere")]);

        var summary = ProcessingRegisterSummary.Of(ProcessingRegister.Build(board, World, []));

        Assert.Equal((4, 2, 1), (summary.Records, summary.WithTransfers, summary.TransfersUnknown));
        Assert.Equal([new ProcessorTransfers("EU Vendor B.V.", 1), new ProcessorTransfers("US Corp Inc.", 1)], summary.TransfersByProcessor);
    }

    [Fact]
    public void AServiceWithoutAKnownVendorCountsUnderAnUnknownProcessorNotUnderItsOwnName()
    {
        // A board's own service, its data stored outside the EU, no vendor: the service's name is not a company.
        var own = new Service(new ServiceId(Guid.NewGuid()), "Eigen app", null, ["lesgeven"], DataLocation: DataLocation.OutsideEu);
        var board = Board([Service("A", "us-app-nl"), own]);

        var summary = ProcessingRegisterSummary.Of(ProcessingRegister.Build(board, World, []));

        Assert.Equal([new ProcessorTransfers("US Corp Inc.", 1), new ProcessorTransfers(null, 1)], summary.TransfersByProcessor);
    }
}
