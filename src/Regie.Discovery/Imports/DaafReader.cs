using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regie.Core.Explaining;
using Regie.Core.Imports;

namespace Regie.Discovery.Imports;

/// <summary>
/// The JSON export ("Exporteer → JSON (volledig)", version "DAAF-export-v1") of Utrecht University's Digital Autonomy
/// Assessment Tool: <c>applicaties</c> maps each application name to its mode, scores, weights and remarks, and the tool's
/// own result. Each application becomes (or joins) a service and keeps its DAAF assessment beside Regie's; the autonomy
/// score is recomputed with <see cref="DaafScore"/> and must agree with the score in the file.
/// </summary>
internal static class DaafReader
{
    public const string Tool = "daaf";

    private static readonly JsonSerializerOptions IndicatorJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ImportPlan Read(Stream stream, string fileName, Recogniser recogniser)
    {
        var errors = new List<ImportIssue>();
        using var document = JsonInput.Parse(stream, fileName, errors);
        if (document is null)
        {
            return ImportPlan.Failed(ImportFormat.Daaf, errors);
        }

        var json = new JsonInput(fileName, errors);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            json.Error("$", new NotADaafExport(JsonInput.Kind(root)));
            return ImportPlan.Failed(ImportFormat.Daaf, errors);
        }

        var version = json.String(root, "$", "version", required: true);
        if (version is not null && !version.StartsWith("DAAF-export-", StringComparison.Ordinal))
        {
            json.Error("$.version", new NotADaafVersion(version));
        }

        var applications = json.Object(root, "$", "applicaties", required: true);
        var candidates = new List<ImportCandidate>();
        foreach (var application in applications?.EnumerateObject() ?? default)
        {
            var path = JsonInput.Child("$.applicaties", application.Name);
            if (Application(json, recogniser, path, application.Name, application.Value, version) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        return new(ImportFormat.Daaf, candidates, [], errors, []);
    }

    private static ImportCandidate? Application(JsonInput json, Recogniser recogniser, string path, string name, JsonElement app, string? version)
    {
        if (app.ValueKind != JsonValueKind.Object)
        {
            json.Error(path, new NotADaafApplication(JsonInput.Kind(app)));
            return null;
        }

        var nameProblem = Recogniser.NameProblem(name.Trim());
        if (nameProblem is not null)
        {
            json.Error(path, nameProblem);
        }

        var mode = json.String(app, path, "modus") ?? "full";
        if (mode is not ("full" or "quick"))
        {
            json.Error(JsonInput.Child(path, "modus"), new NotADaafMode(mode));
        }

        var scores = Numbers(json, app, path, "scores", value => new DaafScoreOutOfRange(value));
        var weights = Numbers(json, app, path, "wegingen", value => new DaafWeightOutOfRange(value));
        var remarks = new Dictionary<string, string>();
        if (json.Object(app, path, "opmerkingen") is { } remarkObject)
        {
            foreach (var remark in remarkObject.EnumerateObject())
            {
                if (remark.Value.ValueKind == JsonValueKind.String)
                {
                    remarks[remark.Name] = remark.Value.GetString()!;
                }
                else
                {
                    json.Error(JsonInput.Child(JsonInput.Child(path, "opmerkingen"), remark.Name), new WrongJsonType(JsonShape.Text, JsonInput.Kind(remark.Value)));
                }
            }
        }

        var result = DaafScore.Compute(scores, weights, mode == "quick");
        if (json.Object(app, path, "resultaat") is { } stated && stated.TryGetProperty("score10", out var statedScore))
        {
            var at = JsonInput.Child(JsonInput.Child(path, "resultaat"), "score10");
            if (statedScore.ValueKind == JsonValueKind.Number && statedScore.TryGetDouble(out var given))
            {
                // The tool writes its score rounded to one decimal.
                if (result.Score10 is not { } computed || Math.Abs(computed - given) > 0.05 + 1e-9)
                {
                    json.Error(at, new DaafScoreDiffers(given, result.Score10));
                }
            }
            else if (statedScore.ValueKind != JsonValueKind.Null)
            {
                json.Error(at, new WrongJsonType(JsonShape.Number, JsonInput.Kind(statedScore)));
            }
        }

        if (nameProblem is not null)
        {
            return null;
        }

        var subject = name.Trim();
        var indicators = new JsonObject
        {
            ["modus"] = mode,
            ["appId"] = json.String(app, path, "appId"),
            ["datum"] = json.String(app, path, "datum"),
            ["beoordelaar"] = json.String(app, path, "beoordelaar"),
            ["scores"] = ToNode(scores),
            ["wegingen"] = ToNode(weights),
            ["opmerkingen"] = new JsonObject(remarks.Select(r => KeyValuePair.Create(r.Key, (JsonNode?)JsonValue.Create(r.Value)))),
            ["berekend"] = new JsonObject
            {
                ["dimensies"] = new JsonObject(result.Dimensions.Select(d => KeyValuePair.Create($"{d.Key}. {DaafScore.DimensionNames[d.Key]}", (JsonNode?)Round(d.Value, 4)))),
                ["risico"] = Round(result.Risk, 4),
                ["mitigatie"] = Round(result.Mitigation, 4),
                ["belang"] = Round(result.Importance, 4),
                ["ruw"] = Round(result.Raw, 6),
                ["score10"] = Round(result.Score10, 6),
            },
        };
        var match = recogniser.Match(subject);
        var assessment = new AssessmentDraft(Tool, version, subject,
            result.Score10 is { } s ? Math.Round((decimal)s, 1, MidpointRounding.AwayFromZero) : null,
            indicators.ToJsonString(IndicatorJson));
        return new(path, "daaf-application", name, recogniser.NewService(subject, match.CatalogId),
            match.IsMatch ? match.Confidence : null, Assessment: assessment);
    }

    /// <summary>Indicator scores or weights: whole numbers 1–5 under known indicator codes.</summary>
    private static Dictionary<string, int> Numbers(JsonInput json, JsonElement app, string path, string field, Func<string, ImportReason> outOfRange)
    {
        var numbers = new Dictionary<string, int>();
        if (json.Object(app, path, field) is not { } values)
        {
            return numbers;
        }

        var known = DaafScore.Indicators.Select(i => i.Code).ToHashSet();
        foreach (var value in values.EnumerateObject())
        {
            var at = JsonInput.Child(JsonInput.Child(path, field), value.Name);
            if (!known.Contains(value.Name))
            {
                json.Error(at, new NotADaafIndicator(value.Name, [.. known]));
            }
            else if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt32(out var number) && number is >= 1 and <= 5)
            {
                numbers[value.Name] = number;
            }
            else
            {
                var raw = value.Value.GetRawText();
                json.Error(at, outOfRange(raw.Length > 40 ? raw[..40] + "…" : raw));
            }
        }

        return numbers;
    }

    private static JsonObject ToNode(Dictionary<string, int> values) =>
        new(values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => KeyValuePair.Create(v.Key, (JsonNode?)JsonValue.Create(v.Value))));

    private static JsonNode? Round(double? value, int digits) => value is { } v ? JsonValue.Create(Math.Round(v, digits)) : null;
}
