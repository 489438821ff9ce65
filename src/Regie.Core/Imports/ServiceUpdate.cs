using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;

namespace Regie.Core.Imports;

/// <summary>The fields of a registered service an import can change, in the order the inventory template lays them out.</summary>
public enum ServiceField
{
    CatalogProduct, Processes, Pupils, Staff, DataCategories, Vendor, HostingProvider, HostingRegion, DataLocation,
    ContractEnd, ExitClause, ExportFormats, Dpia, Kia, AnnualCost, Notes,
}

/// <summary>
/// One field of a service as an import would change it, old → new. Values are typed (ids and texts as strings, lists as
/// string lists, the enums, dates, numbers; null for unknown) so a screen renders them in its own language.
/// </summary>
public sealed record FieldChange(ServiceField Field, object? Old, object? New)
{
    public bool Equals(FieldChange? other) =>
        other is not null && Field == other.Field && ServiceUpdate.SameValue(Old, other.Old) && ServiceUpdate.SameValue(New, other.New);

    public override int GetHashCode() => HashCode.Combine(Field, ServiceUpdate.Key(Old), ServiceUpdate.Key(New));
}

/// <summary>
/// How a file's values meet a registered service. <see cref="ReplaceGiven"/> is the inventory: the board's own register, so
/// every value a row gives replaces the registered one, and an empty cell leaves it as it is. <see cref="FillUnknown"/> is
/// an export (Entra, Google, CycloneDX, DAAF): what it knows fills fields the board left unknown and never overwrites what
/// the board entered itself.
/// </summary>
public enum UpdateRule { ReplaceGiven, FillUnknown }

/// <summary>
/// The field-by-field comparison behind a re-import: what a row would change in the service it joins, and that service
/// afterwards. Pure; the data layer writes the changes it returns and the preview shows them.
/// </summary>
public static class ServiceUpdate
{
    /// <summary>
    /// The registered service updated with what <paramref name="incoming"/> knows, and the fields that changed. A field the
    /// file leaves unknown never changes; the link to a catalog product is only ever filled, never replaced (a board that linked
    /// "Rooster" to another product on the service page keeps that link), whatever the rule.
    /// </summary>
    public static (Service Updated, IReadOnlyList<FieldChange> Changes) Merge(Service registered, Service incoming, UpdateRule rule)
    {
        var changes = new List<FieldChange>();

        T Take<T>(ServiceField field, T old, T offered, Func<T, bool> isUnknown, bool fillOnly = false)
        {
            if (isUnknown(offered) || SameValue(old, offered) || ((fillOnly || rule == UpdateRule.FillUnknown) && !isUnknown(old)))
            {
                return old;
            }

            changes.Add(new FieldChange(field, Unknown(old, isUnknown), offered));
            return offered;
        }

        static bool Null<T>(T value) => value is null;
        static bool Empty(IReadOnlyList<string>? list) => list is null || list.Count == 0;
        static bool UnknownTri(Tri value) => value == Tri.Unknown;
        static bool UnknownStatus(AssessmentStatus value) => value == AssessmentStatus.Unknown;
        static bool UnknownLocation(DataLocation? value) => value is null or DataLocation.Unknown;
        static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

        var updated = registered with
        {
            CatalogProductId = Take(ServiceField.CatalogProduct, registered.CatalogProductId, incoming.CatalogProductId, Null, fillOnly: true),
            ProcessIds = Take<IReadOnlyList<string>?>(ServiceField.Processes, registered.ProcessIds, incoming.ProcessIds, Empty) ?? [],
            Pupils = Take(ServiceField.Pupils, registered.Pupils, incoming.Pupils, Null),
            Staff = Take(ServiceField.Staff, registered.Staff, incoming.Staff, Null),
            DataCategories = Take(ServiceField.DataCategories, registered.DataCategories, incoming.DataCategories, Empty),
            VendorId = Take(ServiceField.Vendor, registered.VendorId, incoming.VendorId, Blank),
            HostingProviderId = Take(ServiceField.HostingProvider, registered.HostingProviderId, incoming.HostingProviderId, Blank),
            HostingRegion = Take(ServiceField.HostingRegion, registered.HostingRegion, incoming.HostingRegion, Blank),
            DataLocation = Take(ServiceField.DataLocation, registered.DataLocation, incoming.DataLocation, UnknownLocation),
            ContractEnd = Take(ServiceField.ContractEnd, registered.ContractEnd, incoming.ContractEnd, Null),
            ExitClause = Take(ServiceField.ExitClause, registered.ExitClause, incoming.ExitClause, UnknownTri),
            ExportFormats = Take(ServiceField.ExportFormats, registered.ExportFormats, incoming.ExportFormats, Empty),
            Dpia = Take(ServiceField.Dpia, registered.Dpia, incoming.Dpia, UnknownStatus),
            Kia = Take(ServiceField.Kia, registered.Kia, incoming.Kia, UnknownStatus),
            AnnualCost = Take(ServiceField.AnnualCost, registered.AnnualCost, incoming.AnnualCost, Null),
            Notes = Take(ServiceField.Notes, registered.Notes, incoming.Notes, Blank),
        };
        return (changes.Count == 0 ? registered : updated, changes);
    }

    /// <summary>Whether two field values are the same: lists by their items in any order and case, texts ignoring case and surrounding spaces.</summary>
    public static bool SameValue(object? a, object? b) => Key(a) == Key(b);

    /// <summary>A value as one comparable text; unknown values (null, empty list, Unknown) all compare as "".</summary>
    internal static string Key(object? value) => value switch
    {
        null => "",
        string text => TextKey.Of(text),
        IEnumerable<string> list => string.Join('\u001f', list.Select(TextKey.Of).Where(s => s.Length > 0).Order(StringComparer.Ordinal)),
        Tri.Unknown or AssessmentStatus.Unknown or DataLocation.Unknown => "",
        decimal number => number.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static object? Unknown<T>(T value, Func<T, bool> isUnknown) => isUnknown(value) ? null : value;
}
