namespace Regie.Web.Infrastructure;

/// <summary>The Dutch names of the six mitigation checks (Mitigation.Items ids); English via UiText.</summary>
public static class MitigationLabels
{
    public static string Of(string id) => id switch
    {
        "testedExport" => "Export van gegevens getest",
        "testedExitPlan" => "Exitplan getest",
        "alternativeIdentified" => "Alternatief in beeld",
        "independentBackup" => "Onafhankelijke back-up",
        "exitClause" => "Exitclausule in het contract",
        "inHouseKnowHow" => "Eigen kennis in huis",
        _ => id,
    };
}
