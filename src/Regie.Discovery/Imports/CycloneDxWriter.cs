using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Discovery.Imports;

/// <summary>
/// A board's landscape as a CycloneDX 1.6 SaaSBOM: the board is <c>metadata.component</c>; each service is a
/// <c>services[]</c> entry with its vendor as provider, endpoints from the catalog's domain map, its data categories as
/// <c>data[]</c> classifications; every dependency is an edge in <c>dependencies[]</c>. Regie's own facts without a CycloneDX
/// field travel as regie:* properties, so that <see cref="CycloneDxReader"/> reads the export back exactly.
/// </summary>
public static class CycloneDxWriter
{
    public static void Write(Stream stream, BoardLandscape landscape, RegieKnowledge knowledge, DateTimeOffset timestamp, Guid serialNumber)
    {
        var catalog = knowledge.Catalog.For(landscape);
        var boardRef = $"board-{landscape.Organisation.Id.Value}";
        string Ref(ServiceId id) => $"service-{id.Value}";

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        json.WriteString("serialNumber", $"urn:uuid:{serialNumber:D}");
        json.WriteNumber("version", 1);

        json.WriteStartObject("metadata");
        json.WriteString("timestamp", timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", "Regie");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", boardRef);
        json.WriteString("name", landscape.Organisation.Name);
        json.WriteString("description", "Het applicatielandschap van dit schoolbestuur, vastgelegd in Regie.");
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("services");
        foreach (var service in landscape.Services)
        {
            var product = service.CatalogProductId is { } pid ? catalog.ProductById.GetValueOrDefault(pid) : null;
            var vendor = (service.VendorId ?? product?.Vendor.Value) is { } vid ? catalog.CompanyById.GetValueOrDefault(vid) : null;
            var hosting = service.HostingProviderId ?? product?.HostingProvider.Value;
            json.WriteStartObject();
            json.WriteString("bom-ref", Ref(service.Id));
            if (vendor is not null)
            {
                json.WriteStartObject("provider");
                json.WriteString("name", vendor.Name);
                json.WriteEndObject();
            }

            json.WriteString("name", service.Name);
            if (product is not null)
            {
                json.WriteString("description", product.Name);
            }

            var endpoints = product is null ? [] : knowledge.ProductDomains.Where(d => d.Value == product.Id).Select(d => $"https://{d.Key}").Order(StringComparer.Ordinal).ToList();
            if (endpoints.Count > 0)
            {
                json.WriteStartArray("endpoints");
                endpoints.ForEach(json.WriteStringValue);
                json.WriteEndArray();
            }

            if (service.DataCategoryIds.Count > 0)
            {
                json.WriteStartArray("data");
                foreach (var category in service.DataCategoryIds)
                {
                    json.WriteStartObject();
                    json.WriteString("flow", "bi-directional");
                    json.WriteString("classification", category);
                    if (knowledge.DataCategoryById.GetValueOrDefault(category) is { } known)
                    {
                        json.WriteString("name", known.Name.Nl);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("properties");
            if (product is not null)
            {
                Property(json, CycloneDxReader.CatalogIdProperty, product.Id);
            }

            if (hosting is not null)
            {
                Property(json, CycloneDxReader.HostingProviderProperty, hosting);
            }

            if ((service.DataLocation ?? product?.DataLocation.Value) is { } location and not DataLocation.Unknown)
            {
                Property(json, "regie:data-location", KebabCase(location.ToString()));
            }

            foreach (var dependency in landscape.Dependencies.Where(d => d.From == service.Id))
            {
                Property(json, CycloneDxReader.KindProperty(dependency.Kind), Ref(dependency.To));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("dependencies");
        json.WriteStartObject();
        json.WriteString("ref", boardRef);
        json.WriteStartArray("dependsOn");
        foreach (var service in landscape.Services)
        {
            json.WriteStringValue(Ref(service.Id));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        foreach (var group in landscape.Dependencies.GroupBy(d => d.From))
        {
            json.WriteStartObject();
            json.WriteString("ref", Ref(group.Key));
            json.WriteStartArray("dependsOn");
            foreach (var to in group.Select(d => d.To).Distinct())
            {
                json.WriteStringValue(Ref(to));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    private static string KebabCase(string text) => string.Concat(text.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
