using System.IO.Compression;
using System.Text;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Data.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class ImportLimitsHold
{
    [Fact]
    public async Task AFileAboveTheSizeLimitIsRefusedBeforeReadingAndNothingIsStored()
    {
        using var board = await ImportBoard.CreateAsync();
        var before = await board.CountAsync();
        var content = new byte[ImportLimits.MaxBytes + 1];
        "naam\nMagister\n"u8.CopyTo(content);

        var result = await board.ImportAsync(content, "groot.csv", ImportFormat.Inventory);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new FileTooLarge(ImportLimits.MaxBytes), error.Why);
        Assert.StartsWith("groot.csv: het bestand is groter dan 20 MB; Regie leest hoogstens 20 MB per bestand.", ReasonText.Render(error, ReasonText.Dutch));
        Assert.Equal(before, await board.CountAsync());
    }

    [Theory]
    [InlineData("naam;catalogus-id;processen\n", ImportFormat.Inventory)]
    [InlineData("naam\r\n\r\n", ImportFormat.Inventory)]
    [InlineData("DisplayName,AppId,Homepage,PublisherName,AppOwnerOrganizationId,ServicePrincipalType\n", ImportFormat.Entra)]
    public async Task AFileOfColumnNamesAloneIsRefusedAndRemovesNothing(string content, ImportFormat format)
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync("naam\nMagister\nParnasSys\n"u8.ToArray(), "eerst.csv", ImportFormat.Inventory);
        var before = await board.CountAsync();
        Assert.Equal(2, before.Services);

        // Asked to remove what the file does not name, a file without rows would otherwise remove every service.
        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(content), "leeg.csv", format, new ImportOptions(RemoveMissing: true));

        var error = Assert.Single(result.Errors);
        Assert.Equal(new NoRows(), error.Why);
        Assert.Equal("leeg.csv: het bestand noemt geen enkele dienst (alleen kolomnamen, of geen diensten in het model); er is niets ingelezen en niets verwijderd.", ReasonText.Render(error, ReasonText.Dutch));
        Assert.Equal(before, await board.CountAsync());
    }

    [Fact]
    public async Task ACsvWithMoreRowsThanTheLimitIsRefusedAndNothingIsStored()
    {
        using var board = await ImportBoard.CreateAsync();
        var before = await board.CountAsync();
        var csv = new StringBuilder("naam\n");
        for (var i = 0; i <= ImportLimits.MaxRows; i++)
        {
            csv.Append("Dienst ").Append(i).Append('\n');
        }

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(csv.ToString()), "veel.csv", ImportFormat.Inventory);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new TooManyRows(ImportLimits.MaxRows), error.Why);
        Assert.StartsWith("veel.csv: het bestand heeft meer dan 100.000 rijen; Regie leest hoogstens 100.000 rijen per bestand.", ReasonText.Render(error, ReasonText.Dutch));
        Assert.Equal(before, await board.CountAsync());
    }

    [Fact]
    public async Task APackedXlsxOfThreeMillionRowsIsStoppedAtTheRowLimitWhileReading()
    {
        using var board = await ImportBoard.CreateAsync();
        var xlsx = PackedXlsx(3_000_000);
        Assert.InRange(xlsx.Length, 1, 2 * 1024 * 1024);

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var result = await board.ImportAsync(xlsx, "bom.xlsx", ImportFormat.Inventory);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        Assert.Equal(new TooManyRows(ImportLimits.MaxRows), Assert.Single(result.Errors).Why);
        Assert.Equal(0, (await board.CountAsync()).Services);
        // Reading up to the limit allocates about 1.1 GB in all (garbage, not held); reading all 3,000,000 rows would be some 30 times that.
        Assert.True(allocated < 4_000_000_000L, $"{allocated:N0} bytes allocated");
    }

    /// <summary>A minimal workbook whose one sheet holds a header and <paramref name="rows"/> rows of one short name: deflated, a few hundred kilobytes.</summary>
    private static byte[] PackedXlsx(int rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="inventaris" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>naam</t></is></c></row>""");
            for (var i = 0; i < rows; i++)
            {
                sheet.Write("""<row><c t="inlineStr"><is><t>x</t></is></c></row>""");
            }

            sheet.Write("</sheetData></worksheet>");
        }

        return buffer.ToArray();
    }
}
