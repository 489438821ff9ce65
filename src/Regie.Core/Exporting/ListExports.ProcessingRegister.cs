using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Privacy;

namespace Regie.Core.Exporting;

public static partial class ListExports
{
    /// <summary>The processing register (AVG art. 30): one row per service, each field with where it came from, transfers with their facts.</summary>
    public static ExportTable ProcessingRegister(IReadOnlyList<ProcessingRecord> records, CultureInfo culture)
    {
        string Join(IEnumerable<string> items) => string.Join("; ", items);
        string Origin<T>(RegisterField<T> field) =>
            ReasonText.OriginName(field.Origin, culture) + (field.Edit is { } edit ? $" ({edit.By}, {edit.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)" : "");
        return new(
            new("verwerkingsregister", "processing-register"),
            [
                new("serviceId", "Id", "Id"), new("service", "Dienst", "Service"),
                new("dataCategories", "Categorieën persoonsgegevens", "Categories of personal data"),
                new("dataSubjects", "Categorieën betrokkenen", "Categories of data subjects"),
                new("dataSubjectsFrom", "Herkomst betrokkenen", "Data subjects from"),
                new("purposes", "Doeleinden", "Purposes"), new("purposesFrom", "Herkomst doeleinden", "Purposes from"),
                new("legalBasis", "Grondslag", "Legal basis"), new("legalBasisFrom", "Herkomst grondslag", "Legal basis from"),
                new("processor", "Verwerker", "Processor"), new("ultimateParent", "Moederbedrijf", "Ultimate parent"),
                new("processorFrom", "Bron verwerker", "Processor source"),
                new("subProcessors", "Subverwerkers", "Sub-processors"),
                new("outsideEea", "Doorgifte buiten de EER", "Transfer outside the EEA"),
                new("transfers", "Doorgiften (met feit)", "Transfers (with fact)"), new("unknown", "Nog onbekend", "Still unknown"),
                new("retention", "Bewaartermijn", "Retention"), new("retentionFrom", "Herkomst bewaartermijn", "Retention from"),
                new("notes", "Opmerkingen", "Notes"),
            ],
            records.Select(r => (IReadOnlyList<object?>)
            [
                r.ServiceId.Value.ToString(), r.ServiceName,
                r.DataCategories.IsKnown ? Join(r.DataCategories.Value!.Select(c => Word(c, culture))) : ReasonText.Render(r.DataCategories.Why, culture),
                r.DataSubjects.IsKnown ? Join(r.DataSubjects.Value!.Select(s => ReasonText.SubjectName(s, culture))) : ReasonText.Render(r.DataSubjects.Why, culture),
                Origin(r.DataSubjects) + (r.DataSubjects.Origin == RegisterOrigin.Derived ? ": " + ReasonText.Render(r.DataSubjects.Why, culture) : ""),
                r.Purposes.IsKnown ? Join(r.Purposes.Value!.Select(p => Word(p, culture))) : ReasonText.Render(r.Purposes.Why, culture),
                Origin(r.Purposes),
                r.LegalBasis.Value is { } basis ? ReasonText.BasisName(basis, culture) : ReasonText.Render(r.LegalBasis.Why, culture),
                Origin(r.LegalBasis),
                r.Processor.Vendor.Value?.Name ?? ReasonText.Render(r.Processor.Vendor.Why, culture),
                r.Processor.UltimateParent?.Name,
                r.Processor.Vendor.Source is { } source ? $"{ReasonText.OriginName(r.Processor.Vendor.Origin, culture)}: {source}" : ReasonText.OriginName(r.Processor.Vendor.Origin, culture),
                Join(r.SubProcessors.Select(p => p.Party.CountryCode is { } code ? $"{p.Party.NameIn(culture.TwoLetterISOLanguageName)} ({code})" : p.Party.NameIn(culture.TwoLetterISOLanguageName))),
                ReasonText.TransferStatusName(r.Transfers.Status, culture),
                Join(r.Transfers.Transfers.Select(t => ReasonText.Render(t, culture))),
                Join([.. r.UnknownFields.Select(f => ReasonText.FieldName(f, culture)), .. r.Transfers.Gaps.Select(g => ReasonText.Render(g, culture))]),
                r.Retention.Value ?? ReasonText.Render(r.Retention.Why, culture), Origin(r.Retention),
                r.Notes.Value,
            ]));
    }
}
