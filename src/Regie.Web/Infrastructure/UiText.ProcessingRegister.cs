namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    private static Dictionary<string, string> ProcessingRegisterWords => new()
    {
        ["Verwerkingsregister"] = "Processing register",
        ["Het register van verwerkingsactiviteiten (artikel 30 AVG), gegenereerd uit het landschap: per dienst de gegevens, de betrokkenen, de doelen, de verwerker en subverwerkers, doorgifte buiten de EU/EER met het feit waarop die rust, en de bewaartermijn. Per veld staat waar het vandaan komt; wat onbekend is, vult de FG aan."] =
            "The record of processing activities (GDPR article 30), generated from the landscape: per service the data, the data subjects, the purposes, the processor and sub-processors, transfers outside the EU/EEA with the fact each rests on, and retention. Each field says where it came from; the DPO completes what is unknown.",
        ["{0} verwerkingen"] = "{0} processing records",
        ["{0} met doorgifte buiten de EU/EER"] = "{0} with transfers outside the EU/EEA",
        ["{0} met doorgifte onbekend"] = "{0} with transfers unknown",
        ["{0} onbekende velden"] = "{0} unknown fields",
        ["alleen doorgifte buiten de EER"] = "only transfers outside the EEA",
        ["Afdrukbaar register (HTML)"] = "Printable register (HTML)",
        ["Als PDF"] = "As PDF",
        ["Persoonsgegevens"] = "Personal data",
        ["Betrokkenen"] = "Data subjects",
        ["Doelen"] = "Purposes",
        ["Verwerker"] = "Processor",
        ["Doorgifte buiten de EU/EER"] = "Transfers outside the EU/EEA",
        ["Bewaartermijn"] = "Retention",
        ["geen bekend"] = "none known",
        ["Wat nog onbekend is"] = "What is still unknown",
        ["Geen verwerkingen met een bekende doorgifte buiten de EU/EER."] = "No processing records with a known transfer outside the EU/EEA.",
        ["Nog geen diensten in het landschap."] = "No services in the landscape yet.",
        ["Verwerking"] = "Processing record",
        ["Wat Regie weet"] = "What Regie knows",
        ["Grondslag"] = "Legal basis",
        ["Door het bestuur in te vullen"] = "For the board to fill in",
        ["Een leeg veld toont wat Regie genereert; een ingevuld veld gaat voor en staat als 'bestuur' in het register."] =
            "A blank field shows what Regie generates; a filled-in field wins and shows as 'board' in the register.",
        ["Doel"] = "Purpose",
        ["Categorieën betrokkenen"] = "Categories of data subjects",
        ["De verwerking is opgeslagen."] = "The processing record has been saved.",
        ["deze verwerking"] = "this processing record",
    };
}
