using System.Text.Json;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Web.Features.Services;

/// <summary>
/// The six mitigation checks of Core's <see cref="Mitigation"/>, in the order and with the ids of <see cref="Mitigation.Items"/>,
/// each with its Dutch label (English via UiText), its <see cref="MitigationInput"/> property and its <see cref="ServiceEntity"/> column.
/// Forms, validation, storage and views all go through this one list.
/// </summary>
public static class MitigationChecks
{
    public sealed record Field(
        string Id, string Label, string InputProperty, Func<MitigationInput, Check> Get, Action<MitigationInput, Check> Set,
        Func<ServiceEntity, Check> Read, Action<ServiceEntity, Check> Write)
    {
        /// <summary>The field's name in API bodies and validation problems.</summary>
        public string JsonName => JsonNamingPolicy.CamelCase.ConvertName(InputProperty);
    }

    public static readonly IReadOnlyList<Field> All = [.. Mitigation.None.Items.Select(i => For(i.Id))];

    // A check added to the core without a field here fails at start-up rather than vanishing from forms and storage.
    private static Field For(string id) => id switch
    {
        "testedExport" => new(id, "Export van gegevens getest", nameof(MitigationInput.TestedExport),
            m => m.TestedExport, (m, v) => m.TestedExport = v, s => s.TestedExport, (s, v) => s.TestedExport = v),
        "testedExitPlan" => new(id, "Exitplan getest", nameof(MitigationInput.TestedExitPlan),
            m => m.TestedExitPlan, (m, v) => m.TestedExitPlan = v, s => s.TestedExitPlan, (s, v) => s.TestedExitPlan = v),
        "alternativeIdentified" => new(id, "Alternatief in beeld", nameof(MitigationInput.AlternativeIdentified),
            m => m.AlternativeIdentified, (m, v) => m.AlternativeIdentified = v, s => s.AlternativeIdentified, (s, v) => s.AlternativeIdentified = v),
        "independentBackup" => new(id, "Onafhankelijke back-up", nameof(MitigationInput.IndependentBackup),
            m => m.IndependentBackup, (m, v) => m.IndependentBackup = v, s => s.IndependentBackup, (s, v) => s.IndependentBackup = v),
        "exitClause" => new(id, "Exitclausule in het contract", nameof(MitigationInput.ExitClauseInContract),
            m => m.ExitClauseInContract, (m, v) => m.ExitClauseInContract = v, s => s.ExitClauseInContract, (s, v) => s.ExitClauseInContract = v),
        "inHouseKnowHow" => new(id, "Eigen kennis in huis", nameof(MitigationInput.InHouseKnowHow),
            m => m.InHouseKnowHow, (m, v) => m.InHouseKnowHow = v, s => s.InHouseKnowHow, (s, v) => s.InHouseKnowHow = v),
        _ => throw new InvalidOperationException($"The mitigation check '{id}' of the core has no field in the web."),
    };

    /// <summary>The Dutch label of a check by its <see cref="Mitigation.Items"/> id.</summary>
    public static string Label(string id) => All.FirstOrDefault(f => f.Id == id)?.Label ?? id;

    public static MitigationInput ToInput(Mitigation mitigation)
    {
        var input = new MitigationInput();
        foreach (var (id, value) in mitigation.Items)
        {
            All.Single(f => f.Id == id).Set(input, value);
        }

        return input;
    }

    public static MitigationInput Read(ServiceEntity service)
    {
        var input = new MitigationInput();
        foreach (var field in All)
        {
            field.Set(input, field.Read(service));
        }

        return input;
    }

    public static void Write(MitigationInput input, ServiceEntity service)
    {
        foreach (var field in All)
        {
            field.Write(service, field.Get(input));
        }
    }
}
