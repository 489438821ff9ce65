using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The framework's own messages for a value a form field cannot hold ("The value 'morgen' is not valid for ContractEnd.")
/// in the reader's language: they appear beside the field on Dutch pages, which show no English. They name the value, not the
/// property (the page's label already names the field). The language is the page's (<see cref="UiText.Cookie"/>), read when
/// the message is made, because these options are set once for the whole app.
/// </summary>
public sealed class BindingMessages(IHttpContextAccessor http) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Say($"'{value}' is geen geldige waarde.", $"'{value}' is not a valid value."));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Say($"'{value}' is geen geldige waarde.", $"'{value}' is not a valid value."));
        messages.SetValueIsInvalidAccessor(value => Say($"'{value}' is geen geldige waarde.", $"'{value}' is not a valid value."));
        messages.SetUnknownValueIsInvalidAccessor(_ => Say("Deze waarde is ongeldig.", "This value is not valid."));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Say("Deze waarde is ongeldig.", "This value is not valid."));
        messages.SetValueMustBeANumberAccessor(_ => Say("Vul een getal in.", "Enter a number."));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Say("Vul een getal in.", "Enter a number."));
        messages.SetValueMustNotBeNullAccessor(_ => Say("Vul dit veld in.", "Fill in this field."));
        messages.SetMissingBindRequiredValueAccessor(_ => Say("Vul dit veld in.", "Fill in this field."));
        messages.SetMissingKeyOrValueAccessor(() => Say("Er ontbreekt een waarde.", "A value is missing."));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Say("Het verzoek heeft geen inhoud.", "The request has no body."));
    }

    private string Say(string dutch, string english) =>
        http.HttpContext?.Request.Cookies[UiText.Cookie] is "en" ? english : dutch;
}
