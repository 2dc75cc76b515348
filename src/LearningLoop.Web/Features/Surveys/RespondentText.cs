namespace LearningLoop.Web.Features.Surveys;

/// <summary>The words of the respondent's pages in every survey language. The instrument's own wording (questions,
/// anchors) comes from the instrument; these are the page's buttons and messages.</summary>
public static class RespondentText
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["open.title"] = "Open your survey",
            ["open.lead"] = "Paste the code from your invitation, or open the link in the e-mail again.",
            ["open.code"] = "Survey code",
            ["open.button"] = "Open survey",
            ["problem.unknown"] = "This link does not open a survey that is taking answers. Check that you opened the whole link from your invitation; the survey may also have closed.",
            ["problem.kioskfull"] = "This kiosk has handed out all the forms planned for this survey. Please ask the survey organiser.",
            ["problem.used"] = "This link has already been used to submit answers, so it cannot be used again. Thank you for taking part.",
            ["problem.notyet"] = "This survey opens on {0}. Please come back then with the same link.",
            ["language"] = "Language",
            ["unit"] = "Which unit do you work on?",
            ["workgroup"] = "Which group do you belong to?",
            ["workgroup.hint"] = "Then rate every group below, your own included.",
            ["group"] = "Group",
            ["yours"] = "your group",
            ["scale"] = "Answers",
            ["save"] = "Save and finish later",
            ["submit"] = "Submit my answers",
            ["saved"] = "Your answers are saved. Open the same link again to continue; nothing is shared until you submit.",
            ["errors"] = "Some answers need attention; nothing was saved. See the messages below.",
            ["thanks.title"] = "Thank you",
            ["thanks.lead"] = "Your answers are in. They are stored without your name or your link, and shown only within groups of enough respondents.",
            ["kiosk.next"] = "Start a new survey for the next person",
            ["privacy"] = "Anonymous: your answers are never stored with your name, your e-mail address or this link.",
            ["choose"] = "Choose…",
        },
        ["fr"] = new(StringComparer.Ordinal)
        {
            ["open.title"] = "Ouvrir votre questionnaire",
            ["open.lead"] = "Collez le code de votre invitation, ou rouvrez le lien reçu par courriel.",
            ["open.code"] = "Code du questionnaire",
            ["open.button"] = "Ouvrir",
            ["problem.unknown"] = "Ce lien n'ouvre pas de questionnaire qui accepte des réponses. Vérifiez que vous avez ouvert le lien complet de votre invitation ; le questionnaire est peut-être aussi fermé.",
            ["problem.kioskfull"] = "Ce poste a distribué tous les questionnaires prévus pour cette enquête. Adressez-vous à la personne qui l'organise.",
            ["problem.used"] = "Ce lien a déjà servi à envoyer des réponses ; il ne peut pas servir deux fois. Merci de votre participation.",
            ["problem.notyet"] = "Ce questionnaire ouvre le {0}. Revenez à cette date avec le même lien.",
            ["language"] = "Langue",
            ["unit"] = "Dans quelle unité travaillez-vous ?",
            ["workgroup"] = "À quel groupe appartenez-vous ?",
            ["workgroup.hint"] = "Évaluez ensuite chaque groupe ci-dessous, y compris le vôtre.",
            ["group"] = "Groupe",
            ["yours"] = "votre groupe",
            ["scale"] = "Réponses",
            ["save"] = "Enregistrer et finir plus tard",
            ["submit"] = "Envoyer mes réponses",
            ["saved"] = "Vos réponses sont enregistrées. Rouvrez le même lien pour continuer ; rien n'est partagé avant l'envoi.",
            ["errors"] = "Certaines réponses sont à revoir ; rien n'a été enregistré. Voir les messages ci-dessous.",
            ["thanks.title"] = "Merci",
            ["thanks.lead"] = "Vos réponses sont enregistrées, sans votre nom ni votre lien, et ne sont montrées que pour des groupes assez nombreux.",
            ["kiosk.next"] = "Nouveau questionnaire pour la personne suivante",
            ["privacy"] = "Anonyme : vos réponses ne sont jamais enregistrées avec votre nom, votre courriel ou ce lien.",
            ["choose"] = "Choisir…",
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            ["open.title"] = "Abrir su encuesta",
            ["open.lead"] = "Pegue el código de su invitación o vuelva a abrir el enlace del correo.",
            ["open.code"] = "Código de la encuesta",
            ["open.button"] = "Abrir",
            ["problem.unknown"] = "Este enlace no abre una encuesta que acepte respuestas. Compruebe que abrió el enlace completo de su invitación; la encuesta también puede haber cerrado.",
            ["problem.kioskfull"] = "Este puesto ya entregó todas las encuestas previstas. Consulte a quien organiza la encuesta.",
            ["problem.used"] = "Este enlace ya se usó para enviar respuestas y no puede usarse de nuevo. Gracias por participar.",
            ["problem.notyet"] = "Esta encuesta se abre el {0}. Vuelva entonces con el mismo enlace.",
            ["language"] = "Idioma",
            ["unit"] = "¿En qué unidad trabaja?",
            ["workgroup"] = "¿A qué grupo pertenece?",
            ["workgroup.hint"] = "Luego valore a cada grupo, incluido el suyo.",
            ["group"] = "Grupo",
            ["yours"] = "su grupo",
            ["scale"] = "Respuestas",
            ["save"] = "Guardar y terminar más tarde",
            ["submit"] = "Enviar mis respuestas",
            ["saved"] = "Sus respuestas están guardadas. Abra el mismo enlace para continuar; nada se comparte hasta que las envíe.",
            ["errors"] = "Algunas respuestas necesitan revisión; no se guardó nada. Vea los mensajes abajo.",
            ["thanks.title"] = "Gracias",
            ["thanks.lead"] = "Sus respuestas se recibieron, sin su nombre ni su enlace, y solo se muestran en grupos con suficientes respuestas.",
            ["kiosk.next"] = "Nueva encuesta para la siguiente persona",
            ["privacy"] = "Anónima: sus respuestas nunca se guardan con su nombre, su correo ni este enlace.",
            ["choose"] = "Elegir…",
        },
    };

    public static string Get(string language, string key) =>
        Texts.TryGetValue(language, out var words) && words.TryGetValue(key, out var text) ? text : Texts["en"][key];
}
