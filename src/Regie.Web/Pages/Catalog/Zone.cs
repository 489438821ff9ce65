using Regie.Core.Catalog;

namespace Regie.Web.Pages.Catalog;

/// <summary>The four jurisdiction groups the catalog filter and the graph colours use.</summary>
public enum Zone { Eu, Us, Other, Unknown }

public static class Zones
{
    public static Zone Of(Country? country) => country switch
    {
        null => Zone.Unknown,
        { InEuEea: true } => Zone.Eu,
        { Code: "US" } => Zone.Us,
        _ => Zone.Other,
    };

    public static Zone Of(string? countryCode, bool inEuEea) => countryCode switch
    {
        null => Zone.Unknown,
        _ when inEuEea => Zone.Eu,
        "US" => Zone.Us,
        _ => Zone.Other,
    };

    /// <summary>The Dutch UI word; English through UiText.</summary>
    public static string Label(Zone zone) => zone switch
    {
        Zone.Eu => "EU/EER",
        Zone.Us => "VS",
        Zone.Other => "overig buiten de EU",
        _ => "onbekend",
    };

    public static string Css(Zone zone) => zone.ToString().ToLowerInvariant();
}
