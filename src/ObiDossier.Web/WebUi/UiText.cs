namespace ObiDossier.Web;

/// <summary>
/// Marker for the UI's texts in <c>Resources/UiText.resx</c> (Dutch, the neutral language). An
/// English <c>UiText.en.resx</c> can follow once request localisation is switched on.
/// </summary>
internal sealed class UiText
{
    private UiText()
    {
    }
}
