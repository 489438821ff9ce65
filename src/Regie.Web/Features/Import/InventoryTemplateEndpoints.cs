using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Knowledge;

namespace Regie.Web.Features.Import;

public static class InventoryTemplateEndpoints
{
    public static void MapInventoryTemplateApi(this RouteGroupBuilder api) =>
        api.MapGet("/import/template", Template).WithTags("Import")
            .WithSummary("The empty inventory to fill in (format: xlsx, the default, with an explanation sheet and the lists to choose from; or csv), as `regie import template FILE` writes it.");

    private static Results<FileContentHttpResult, ValidationProblem> Template(string? format, RegieKnowledge knowledge) =>
        InventoryTemplateDownload.For(format, knowledge) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Formaat: '{format}' kan niet; kies xlsx of csv."] }, title: "Er is geen sjabloon gemaakt.");
}
