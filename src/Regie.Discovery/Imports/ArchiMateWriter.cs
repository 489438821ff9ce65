using System.Globalization;
using System.Text;
using System.Xml;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Discovery.Imports;

/// <summary>
/// A board's landscape in The Open Group's ArchiMate Model Exchange File Format (3.x, namespace
/// http://www.opengroup.org/xsd/archimate/3.0/), valid against the schema shipped in ArchiMateSchema/: processes as
/// BusinessProcess, services as ApplicationComponent, vendors and their parents as BusinessActor, hosting providers as Node,
/// edges as relationships ArchiMate 3.1's relationship tables allow between those types (docs/ARCHIMATE.md has the table).
/// Identifiers derive from Regie's ids and the order is fixed, so exporting an unchanged board twice gives the same file;
/// <see cref="ArchiMateReader"/> reads it back.
/// </summary>
public static class ArchiMateWriter
{
    public const string Namespace = "http://www.opengroup.org/xsd/archimate/3.0/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = "http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";

    /// <summary>Property definitions: Regie's facts that have no ArchiMate field, named like the CycloneDX export's properties.</summary>
    internal static readonly (string Id, string Name, string Type)[] Properties =
    [
        ("regie-prop-catalog-id", ArchiMateReader.CatalogIdProperty, "string"),
        ("regie-prop-score", "regie:score", "number"),
        ("regie-prop-seal", "regie:seal", "number"),
        ("regie-prop-data-location", ArchiMateReader.DataLocationProperty, "string"),
        ("regie-prop-process-id", ArchiMateReader.ProcessIdProperty, "string"),
        ("regie-prop-essential", "regie:essential", "boolean"),
        ("regie-prop-link", ArchiMateReader.LinkProperty, "string"),
    ];

    /// <param name="assessment">The board's assessment, for the score and SEAL of each service; null leaves them out.</param>
    public static void Write(Stream stream, BoardLandscape landscape, RegieKnowledge knowledge, BoardAssessment? assessment)
    {
        var catalog = knowledge.Catalog.For(landscape);
        var services = landscape.Services.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id.Value).ToList();
        var processIds = landscape.Processes.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        var actors = new SortedDictionary<string, Company>(StringComparer.Ordinal);
        var nodes = new SortedDictionary<string, HostingProvider>(StringComparer.Ordinal);
        var relations = new SortedDictionary<string, (string Type, string Source, string Target, string? Name, string? Link)>(StringComparer.Ordinal);
        void Relate(string type, string source, string target, string? name = null, string? link = null) =>
            relations[$"regie-rel-{type.ToLowerInvariant()}-{source}-{target}"] = (type, source, target, name, link);

        void AddChain(OwnershipChain chain)
        {
            for (var i = 0; i < chain.Companies.Count; i++)
            {
                actors[chain.Companies[i].Id] = chain.Companies[i];
                if (i + 1 < chain.Companies.Count)
                {
                    // The parent aggregates its subsidiary (BusinessActor → BusinessActor: aggregation is allowed).
                    Relate("Aggregation", ActorId(chain.Companies[i + 1].Id), ActorId(chain.Companies[i].Id), "bezit");
                }
            }
        }

        foreach (var service in services)
        {
            var product = service.CatalogProductId is { } pid ? catalog.ProductById.GetValueOrDefault(pid) : null;
            foreach (var process in service.ProcessIds.Where(processIds.Contains))
            {
                Relate("Serving", ServiceId(service.Id), ProcessId(process), "ondersteunt");
            }

            var vendor = OwnershipChain.Resolve(catalog, service.VendorId ?? product?.Vendor.Value);
            if (vendor.Vendor is { } company)
            {
                AddChain(vendor);
                Relate("Association", ActorId(company.Id), ServiceId(service.Id), "levert");
            }

            if ((service.HostingProviderId ?? product?.HostingProvider.Value) is { } hostingId && catalog.ProviderById.GetValueOrDefault(hostingId) is { } provider)
            {
                nodes[provider.Id] = provider;
                Relate("Realization", NodeId(provider.Id), ServiceId(service.Id), "host");
                var owner = OwnershipChain.Resolve(catalog, provider.Company.Value);
                if (owner.Vendor is { } providerCompany)
                {
                    AddChain(owner);
                    Relate("Association", ActorId(providerCompany.Id), NodeId(provider.Id), "exploiteert");
                }
            }
        }

        var known = services.Select(s => s.Id).ToHashSet();
        foreach (var edge in landscape.Dependencies.Where(d => known.Contains(d.From) && known.Contains(d.To)))
        {
            var (from, to) = (ServiceId(edge.From), ServiceId(edge.To));
            switch (edge.Kind)
            {
                case DependencyKind.SignsInThrough:
                    Relate("Serving", to, from, "aanmelden", ArchiMateReader.SignsInThrough);
                    break;
                case DependencyKind.HostedOn:
                    Relate("Realization", to, from, "host", ArchiMateReader.HostedOn);
                    break;
                default:
                    Relate("Flow", from, to, "koppeling", ArchiMateReader.IntegratesWith);
                    break;
            }
        }

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("model", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("schemaLocation", Xsi, $"{Namespace} {SchemaLocation}");
        xml.WriteAttributeString("identifier", $"regie-board-{landscape.Organisation.Id.Value:D}");
        Name(xml, landscape.Organisation.Name);
        Documentation(xml, "Het applicatielandschap van dit schoolbestuur, geëxporteerd uit Regie. De eigenschappen regie:* zijn feiten uit Regie.");

        xml.WriteStartElement("elements", Namespace);
        foreach (var process in landscape.Processes.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Element(xml, ProcessId(process.Id), "BusinessProcess", process.Name.Nl, null,
                [("regie-prop-process-id", process.Id), ("regie-prop-essential", process.Essential ? "true" : "false")]);
        }

        foreach (var service in services)
        {
            var product = service.CatalogProductId is { } pid ? catalog.ProductById.GetValueOrDefault(pid) : null;
            var properties = new List<(string, string)>();
            if (product is not null)
            {
                properties.Add(("regie-prop-catalog-id", product.Id));
            }

            if (assessment?.For(service.Id)?.Sovereignty is { } score)
            {
                properties.Add(("regie-prop-score", score.RoundedScore.ToString(CultureInfo.InvariantCulture)));
                properties.Add(("regie-prop-seal", score.Seal.ToString(CultureInfo.InvariantCulture)));
            }

            if ((service.DataLocation ?? product?.DataLocation.Value) is { } location and not DataLocation.Unknown)
            {
                properties.Add(("regie-prop-data-location", ArchiMateReader.DataLocationName(location)));
            }

            Element(xml, ServiceId(service.Id), "ApplicationComponent", service.Name, product?.Name, properties);
        }

        foreach (var company in actors.Values)
        {
            Element(xml, ActorId(company.Id), "BusinessActor", company.Name, company.IsUltimate ? "Uiteindelijke moedermaatschappij." : null, []);
        }

        foreach (var provider in nodes.Values)
        {
            Element(xml, NodeId(provider.Id), "Node", provider.Name.Nl, "Hostingpartij.", []);
        }

        xml.WriteEndElement();

        if (relations.Count > 0)
        {
            xml.WriteStartElement("relationships", Namespace);
            foreach (var (id, (type, source, target, name, link)) in relations)
            {
                xml.WriteStartElement("relationship", Namespace);
                xml.WriteAttributeString("identifier", id);
                xml.WriteAttributeString("source", source);
                xml.WriteAttributeString("target", target);
                xml.WriteAttributeString("type", Xsi, type);
                if (name is not null)
                {
                    Name(xml, name);
                }

                if (link is not null)
                {
                    PropertyList(xml, [("regie-prop-link", link)]);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("propertyDefinitions", Namespace);
        foreach (var (id, name, type) in Properties)
        {
            xml.WriteStartElement("propertyDefinition", Namespace);
            xml.WriteAttributeString("identifier", id);
            xml.WriteAttributeString("type", type);
            Name(xml, name);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Element(XmlWriter xml, string id, string type, string name, string? documentation, IReadOnlyList<(string Definition, string Value)> properties)
    {
        xml.WriteStartElement("element", Namespace);
        xml.WriteAttributeString("identifier", id);
        xml.WriteAttributeString("type", Xsi, type);
        Name(xml, name);
        if (documentation is not null)
        {
            Documentation(xml, documentation);
        }

        PropertyList(xml, properties);
        xml.WriteEndElement();
    }

    private static void PropertyList(XmlWriter xml, IReadOnlyList<(string Definition, string Value)> properties)
    {
        if (properties.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("properties", Namespace);
        foreach (var (definition, value) in properties)
        {
            xml.WriteStartElement("property", Namespace);
            xml.WriteAttributeString("propertyDefinitionRef", definition);
            xml.WriteStartElement("value", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "nl");
            xml.WriteString(Text(value));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Name(XmlWriter xml, string name)
    {
        xml.WriteStartElement("name", Namespace);
        xml.WriteAttributeString("xml", "lang", null, "nl");
        xml.WriteString(Text(name));
        xml.WriteEndElement();
    }

    private static void Documentation(XmlWriter xml, string text)
    {
        xml.WriteStartElement("documentation", Namespace);
        xml.WriteAttributeString("xml", "lang", null, "nl");
        xml.WriteString(Text(text));
        xml.WriteEndElement();
    }

    /// <summary>
    /// XML 1.0 cannot hold control characters, not even as character references; each becomes U+FFFD (the replacement
    /// character) so a name that slipped in with one still exports, visibly marked. &lt;, &amp; and ]]&gt; the writer escapes.
    /// </summary>
    internal static string Text(string text)
    {
        if (IsXmlText(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static bool IsXmlText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static string ServiceId(ServiceId id) => $"regie-service-{id.Value:D}";

    private static string ProcessId(string id) => "regie-process-" + Token(id);

    private static string ActorId(string id) => "regie-company-" + Token(id);

    private static string NodeId(string id) => "regie-provider-" + Token(id);

    /// <summary>An xs:ID is an NCName: letters, digits, '-', '_' and '.'; anything else in a catalog id becomes '_' and its code.</summary>
    private static string Token(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c.ToString() : $"_{(int)c:x4}"));
}
