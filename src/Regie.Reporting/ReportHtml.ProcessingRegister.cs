namespace Regie.Reporting;

public static partial class ReportHtml
{
    /// <summary>"Verwerkingsregister": how many records, transfers outside the EU/EEA by processor, and how much is still unknown.</summary>
    private static void ProcessingRegister(Core.Reporting.BoardReport report, Writer w)
    {
        if (report.ProcessingRegister is not { } r)
        {
            return;
        }

        w.Raw("<h2 id=\"processing-register\">").Text(w.T("Verwerkingsregister", "Processing register")).Raw("</h2><p class=\"note\">").Text(w.T(
            $"{w.Count(r.Records, "verwerking", "verwerkingen")} in het register (artikel 30 AVG), gegenereerd uit het landschap; {w.N(r.WithTransfers)} met doorgifte buiten de EU/EER, bij {w.N(r.TransfersUnknown)} is dat nog onbekend. {w.Count(r.UnknownFields, "veld", "velden")} nog onbekend in {w.Count(r.RecordsWithUnknownFields, "verwerking", "verwerkingen")}: de FG vult ze aan.",
            $"{w.Count(r.Records, "processing record", "processing records")} in the register (GDPR article 30), generated from the landscape; {w.N(r.WithTransfers)} with transfers outside the EU/EEA, for {w.N(r.TransfersUnknown)} that is not yet known. {w.Count(r.UnknownFields, "field", "fields")} still unknown in {w.Count(r.RecordsWithUnknownFields, "record", "records")}: the DPO completes them.")).Raw("</p>");
        if (r.TransfersByProcessor.Count == 0)
        {
            return;
        }

        w.Table(("Verwerker (moederbedrijf)", "Processor (ultimate parent)", false), ("Diensten met doorgifte buiten de EU/EER", "Services with transfers outside the EU/EEA", true));
        foreach (var p in r.TransfersByProcessor)
        {
            w.Raw("<tr><td>").Text(p.Processor ?? w.T("leverancier onbekend", "vendor unknown")).Raw("</td><td class=\"n\">").Text(w.N(p.Services)).Raw("</td></tr>");
        }

        w.Raw("</tbody></table>");
    }
}
