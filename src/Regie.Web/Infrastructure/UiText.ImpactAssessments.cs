namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    private static Dictionary<string, string> ImpactAssessmentWords => new()
    {
        ["DPIA's en KIA's"] = "DPIAs and CRIAs",
        ["Per dienst de gegevensbeschermingseffectbeoordeling (DPIA) en de kinderrechtenimpactbeoordeling (KIA): status, datum, uitkomst, hoge risico's met hun maatregelen en de herzieningsdatum. De status is die van de dienst en telt mee in criterium SOV7."] =
            "Per service the data protection impact assessment (DPIA) and the children's rights impact assessment (CRIA): status, date, outcome, high risks with their measures and the review date. The status is the service's and counts in criterion SOV7.",
        ["DPIA-register"] = "DPIA register",
        ["KIA-register"] = "CRIA register",
        ["alleen achterstallig"] = "overdue only",
        ["achterstallig"] = "overdue",
        ["{0} achterstallig"] = "{0} overdue",
        ["{0} zonder herzieningsdatum"] = "{0} without a review date",
        ["{0} hoge risico's zonder maatregel"] = "{0} high risks without a measure",
        ["{0} zonder maatregel"] = "{0} without a measure",
        ["Geen achterstallige herzieningen."] = "No overdue reviews.",
        ["Nog geen diensten."] = "No services yet.",
        ["Uitgevoerd"] = "Performed",
        ["Uitgevoerd op"] = "Performed on",
        ["Uitkomst"] = "Outcome",
        ["Hoge risico's"] = "High risks",
        ["Herzien op"] = "Review on",
        ["Sector-DPIA"] = "Sector DPIA",
        ["gebruikt"] = "used",
        ["geen herzieningsdatum"] = "no review date",
        ["DPIA's voor de sector"] = "DPIAs done for the sector",
        ["DPIA's die SIVON, SURF en de Rijksoverheid (SLM Rijk) lieten doen; een bestuur bouwt erop voort in een eigen DPIA. Uit data/catalog/sector-dpias.yaml, met bron en de datum waarop we ze lazen."] =
            "DPIAs that SIVON, SURF and the Dutch government (SLM Rijk) had done; a board builds on them in its own DPIA. From data/catalog/sector-dpias.yaml, with their source and the date we read them.",
        ["Opdrachtgever"] = "Commissioned by",
        ["secundair"] = "secondary",
        ["Hoge risico's en maatregelen"] = "High risks and measures",
        ["Maatregel"] = "Measure",
        ["Status van de maatregel"] = "Measure status",
        ["Lege regels worden niet opgeslagen; sla op voor meer lege regels."] = "Empty rows are not saved; save to get more empty rows.",
        ["Gebruik de sector-DPIA"] = "Use the sector DPIA",
        ["niet voor dit product"] = "not for this product",
        ["Bron gelezen op {0}"] = "Source read on {0}",
        ["De registratie is opgeslagen."] = "The entry has been saved.",
        ["deze registratie"] = "this entry",
    };
}
