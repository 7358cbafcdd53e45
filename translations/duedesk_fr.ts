<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/qml/ActivityPage.qml" line="+58"/>
        <location line="+166"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Everything DueDesk and you have done, newest first</source>
        <translation>Tout ce que DueDesk et vous avez fait, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify trail</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that no entry was changed or removed</source>
        <translation>Vérifier qu’aucune entrée n’a été modifiée ou supprimée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no entry was changed or removed since it was recorded</source>
        <translation>Vérifier qu’aucune entrée n’a été modifiée ou supprimée depuis son enregistrement</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show entry</source>
        <translation>Voir l’entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entry that does not check out</source>
        <translation>Afficher l’entrée dont la vérification échoue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by client, bill or what happened</source>
        <translation>Rechercher par client, facture ou événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the activity</source>
        <translation>Rechercher dans l’activité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show activity of this kind</source>
        <translation>Afficher l’activité de ce type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and promises</source>
        <translation>Paiements et promesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill changes</source>
        <translation>Modifications de factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and other</source>
        <translation>Paramètres et autres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show activity from this period</source>
        <translation>Afficher l’activité de cette période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, par %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing matches. Try a shorter search, another kind or a longer period.</source>
        <translation>Aucun résultat. Essayez une recherche plus courte, un autre type ou une période plus longue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened yet. Reminders, payments and replies show up here.</source>
        <translation>Il ne s’est encore rien passé. Les rappels, les paiements et les réponses s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <location filename="../core/Assistant.cpp" line="+138"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Did you mean %1?</source>
        <translation>Vous voulez dire %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean %1 or %2?</source>
        <translation>Vous voulez dire %1 ou %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sorry, I can&apos;t do that yet. I can chase a client (&quot;chase Henderson&quot;), record a payment (&quot;Rachel paid £200&quot;), pause or stop reminders (&quot;leave Dave alone till Friday&quot;), add a client or a bill (&quot;add Tom Baker 07700 900123&quot;, &quot;bill Tom £90 due Friday&quot;), tell you who owes what (&quot;who owes me?&quot;), and send or skip the reminders I draft (&quot;yes&quot; / &quot;no&quot;).</source>
        <translation>Désolé, je ne sais pas encore faire cela. Pour l’instant, je comprends les demandes en anglais&#xa0;: je peux relancer un client («&#xa0;chase Henderson&#xa0;»), enregistrer un paiement («&#xa0;Rachel paid £200&#xa0;»), suspendre ou arrêter les rappels («&#xa0;leave Dave alone till Friday&#xa0;»), ajouter un client ou une facture («&#xa0;add Tom Baker 07700 900123&#xa0;», «&#xa0;bill Tom £90 due Friday&#xa0;»), vous dire qui vous doit quoi («&#xa0;who owes me?&#xa0;») et envoyer ou écarter les rappels que je rédige («&#xa0;yes&#xa0;» / «&#xa0;no&#xa0;»).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nobody owes you anything right now.</source>
        <translation>Personne ne vous doit rien pour le moment.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>You&apos;re owed %1 across %n bill(s)</source>
        <translation>
            <numerusform>On vous doit %1 sur %n facture</numerusform>
            <numerusform>On vous doit %1 sur %n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of it is overdue (%n bill(s)).</source>
        <translation>
            <numerusform>dont %1 en retard (%n facture).</numerusform>
            <numerusform>dont %1 en retard (%n factures).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of it is overdue.</source>
        <translation>rien n’est en retard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 overdue)</source>
        <translation> (dont %1 en retard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed the most: %1.</source>
        <translation>Ceux qui vous doivent le plus&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid in this week: %1.</source>
        <translation>Encaissé cette semaine&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) wait for your approval.</source>
        <translation>
            <numerusform>%n rappel attend votre validation.</numerusform>
            <numerusform>%n rappels attendent votre validation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 owes you nothing right now.</source>
        <translation>%1 ne vous doit rien pour le moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, disputed</source>
        <translation>, contestée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 owes you %2: %3.</source>
        <translation>%1 vous doit %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no open bill %2.</source>
        <translation>%1 n’a pas de facture %2 ouverte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has nothing outstanding to chase.</source>
        <translation>%1 n’a rien en attente de paiement à relancer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no open bill to mark as paid.</source>
        <translation>%1 n’a aucune facture ouverte à marquer comme payée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I need a positive amount to record a payment.</source>
        <translation>Pour enregistrer un paiement, il me faut un montant positif.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no open bill, so there are no reminders to stop.</source>
        <translation>%1 n’a aucune facture ouverte, il n’y a donc aucun rappel à arrêter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a day ahead, so I can&apos;t pause until then.</source>
        <translation>%1 n’est pas une date à venir, je ne peux donc pas suspendre jusque-là.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How much should I bill %1? Say, for example, &quot;bill %1 £120 due Friday&quot;.</source>
        <translation>Combien dois-je facturer à %1&#xa0;? Dites-le en anglais, par exemple&#xa0;: «&#xa0;bill %1 £120 due Friday&#xa0;».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>chase %1 for %2 (%3)</source>
        <translation>relancer %1 pour la facture %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mark %1&apos;s %2 (%3) as paid in full</source>
        <translation>marquer la facture %2 de %1 (%3) comme entièrement payée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 paid by %2 on %3 (%4 more than it owes)</source>
        <translation>enregistrer un paiement de %1 de %2 pour la facture %3 (%4 de plus que le montant dû)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 paid by %2 on %3, leaving %4</source>
        <translation>enregistrer un paiement de %1 de %2 pour la facture %3, il restera %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pause reminders to %1 until %2 (%3)</source>
        <translation>suspendre les rappels à %1 jusqu’au %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop reminders to %1 (%2)</source>
        <translation>arrêter les rappels à %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %1 as a new client</source>
        <translation>ajouter %1 comme nouveau client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add %1 as a new client (%2)</source>
        <translation>ajouter %1 comme nouveau client (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bill %1 %2 as %3, due %4</source>
        <translation>facturer %2 à %1 sous le numéro %3, échéance le %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bill %1 %2 as %3, with no due date</source>
        <translation>facturer %2 à %1 sous le numéro %3, sans échéance</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What would you like me to do about %1? I can chase them, record a payment, pause their reminders or tell you what they owe.</source>
        <translation>Que voulez-vous que je fasse pour %1&#xa0;? Je peux le relancer, enregistrer un paiement, suspendre ses rappels ou vous dire ce qu’il vous doit.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Which client do you mean?</source>
        <translation>De quel client parlez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not in your book yet)</source>
        <translation>(pas encore dans votre registre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I can&apos;t find a client called %1.</source>
        <translation>Je ne trouve aucun client nommé %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(you already have a client called %1)</source>
        <translation>(vous avez déjà un client nommé %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>; then </source>
        <translation>&#xa0;; puis </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>? yes/no</source>
        <translation>&#xa0;? yes/no</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I couldn&apos;t chase %1: %2</source>
        <translation>Je n’ai pas pu relancer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafted a reminder to %1 for %2 (%3):</source>
        <translation>J’ai rédigé un rappel pour %1 concernant la facture %2 (%3)&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recorded %1 from %2 on %3; %4 still to pay.</source>
        <translation>J’ai enregistré %1 de %2 pour la facture %3&#xa0;; il reste %4 à payer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded %1 from %2 on %3; it&apos;s paid in full.</source>
        <translation>J’ai enregistré %1 de %2 pour la facture %3&#xa0;; elle est entièrement payée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused reminders to %1 until %2 (%3).</source>
        <translation>J’ai suspendu les rappels à %1 jusqu’au %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped reminders to %1 (%2).</source>
        <translation>J’ai arrêté les rappels à %1 (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> I couldn&apos;t read &quot;%1&quot; as a phone number (%2), so I left it off.</source>
        <translation> Je n’ai pas pu lire «&#xa0;%1&#xa0;» comme un numéro de téléphone (%2), je ne l’ai donc pas ajouté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1 as a client.</source>
        <translation>J’ai ajouté %1 comme client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I couldn&apos;t bill %1: the client was not added.</source>
        <translation>Je n’ai pas pu facturer %1&#xa0;: le client n’a pas été ajouté.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added bill %1 for %2: %3, due %4.</source>
        <translation>J’ai ajouté la facture %1 pour %2&#xa0;: %3, échéance le %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added bill %1 for %2: %3, with no due date.</source>
        <translation>J’ai ajouté la facture %1 pour %2&#xa0;: %3, sans échéance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>Send it? yes/no</source>
        <translation>Je l’envoie&#xa0;? yes/no</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Send them? yes/no</source>
        <translation>Je les envoie&#xa0;? yes/no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There&apos;s nothing waiting for a yes right now.</source>
        <translation>Rien n’attend de «&#xa0;yes&#xa0;» pour le moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest reminder waiting is to %1 for %2 (%3):</source>
        <translation>Le rappel en attente le plus récent est pour %1, concernant la facture %2 (%3)&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent: the reminder to %1 for %2 is queued to go out.</source>
        <translation>Envoyé&#xa0;: le rappel pour %1 concernant la facture %2 est en file d’attente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK, there&apos;s nothing to cancel.</source>
        <translation>D’accord, il n’y a rien à annuler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK, I won&apos;t send the reminder to %1.</source>
        <translation>D’accord, je n’enverrai pas le rappel à %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>OK, never mind.</source>
        <translation>D’accord, laissons cela.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sorry, I didn&apos;t catch which one. %1</source>
        <translation>Désolé, je n’ai pas compris lequel. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still waiting on this: %1</source>
        <translation>Ceci attend toujours votre réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK, I won&apos;t.</source>
        <translation>D’accord, je ne le ferai pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(I&apos;ve left the last request undone.)</source>
        <translation>(Je n’ai pas exécuté la dernière demande.)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/AuditLog.cpp" line="+60"/>
        <source>Cannot record %1 in the audit log: %2</source>
        <translation>Impossible d’inscrire %1 dans le journal d’audit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry has no kind</source>
        <translation>l’entrée n’a pas de type</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <location line="+35"/>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>row %1: its content was changed</source>
        <translation>ligne %1&#xa0;: son contenu a été modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 is the first row: the rows before it were removed</source>
        <translation>la ligne %1 est la première&#xa0;: les lignes précédentes ont été supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not follow row %2: a row was removed</source>
        <translation>la ligne %1 ne suit pas la ligne %2&#xa0;: une ligne a été supprimée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 does not start the chain: the log was changed</source>
        <translation>la ligne %1 ne commence pas la chaîne&#xa0;: le journal a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not match row %2 before it: one of them was changed</source>
        <translation>la ligne %1 ne correspond pas à la ligne précédente, la %2&#xa0;: l’une des deux a été modifiée</translation>
    </message>
</context>
<context>
    <name>BillImporter</name>
    <message>
        <location filename="../core/ImportColumns.cpp" line="+160"/>
        <source>line %1 is not a header: the first line must name the columns, e.g. client, bill_number, due_on, amount, currency</source>
        <translation>la ligne %1 n’est pas un en-tête&#xa0;: la première ligne doit indiquer le nom des colonnes, par ex. client, bill_number, due_on, amount, currency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing required column(s): %1</source>
        <translation>colonnes obligatoires manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/ImportRows.cpp" line="+229"/>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; is negative</source>
        <translation>%1 «&#xa0;%2&#xa0;» est négatif</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date (utilisez le format YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD or %3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date (format attendu&#xa0;: YYYY-MM-DD ou %3)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>the row has %1 fields but the header has %2 (put values that contain &apos;%3&apos; in double quotes)</source>
        <translation>la ligne compte %1 champs, mais l’en-tête en compte %2 (mettez entre guillemets droits &quot;…&quot; les valeurs qui contiennent &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; is not an email address</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &quot;%2&quot; is not a Telegram chat id (a number)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un identifiant de discussion Telegram (il doit s’agir d’un nombre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; is not a channel (use whatsapp, telegram, sms or email)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un canal (utilisez whatsapp, telegram, sms ou email)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a channel (use whatsapp, telegram, sms, email or all)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un canal (utilisez whatsapp, telegram, sms, email ou all)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &quot;%2&quot; is not a known currency code (e.g. GBP, EUR, USD)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un code de devise connu (par ex. GBP, EUR, USD)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 %2 is more than %3 %4</source>
        <translation>%1 %2 est supérieur à %3 %4</translation>
    </message>
    <message>
        <location filename="../core/ImportPlan.cpp" line="+52"/>
        <source>bill number %1 is already on line %2</source>
        <translation>le numéro de facture %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invoice %1 has a different %2 on line %3</source>
        <translation>la facture %1 a une autre valeur de %2 à la ligne %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 is &quot;%3&quot; here but &quot;%4&quot; on line %5</source>
        <translation>%1 de %2 vaut «&#xa0;%3&#xa0;» ici, mais «&#xa0;%4&#xa0;» à la ligne %5</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bill number %1 is already in the book for %2</source>
        <translation>le numéro de facture %1 figure déjà dans le registre pour %2</translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="+39"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/ImportWriter.cpp" line="+118"/>
        <source>Cannot update client %1: %2</source>
        <translation>Impossible de mettre à jour le client %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Cannot start the import: %1</source>
        <translation>Impossible de lancer l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cannot record the payment: %1</source>
        <translation>Impossible d’enregistrer le paiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot add bill %1: %2</source>
        <translation>Impossible d’ajouter la facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="-18"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <location filename="../ui/qml/BillPanel.qml" line="+60"/>
        <source>Bill %1 of %2</source>
        <translation>Facture %1 de %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bill %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close the bill</source>
        <translation>Fermer le détail de la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still owed</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days overdue</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due tomorrow</source>
        <translation>Échéance demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation>Échéance dans %1 jours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid so far</source>
        <translation>Déjà payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a payment for this bill</source>
        <translation>Enregistrer un paiement pour cette facture</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How much was paid today?</source>
        <translation>Combien a été payé aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount received in %1</source>
        <translation>Montant reçu en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full balance: the bill will be marked paid and its reminders stop.</source>
        <translation>Le solde complet&#xa0;: la facture sera marquée comme payée et ses rappels s’arrêteront.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part payment: reminders continue for what is left.</source>
        <translation>Un paiement partiel&#xa0;: les rappels continuent pour le reste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Record payment</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this payment</source>
        <translation>Enregistrer ce paiement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When did the client promise to pay?</source>
        <translation>Pour quand le client a-t-il promis de payer&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year-month-day, e.g. %1</source>
        <translation>Année-mois-jour, par ex. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised payment date</source>
        <translation>Date de paiement promise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In two weeks</source>
        <translation>Dans deux semaines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders pause until then.</source>
        <translation>Les rappels sont suspendus jusque-là.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save promise</source>
        <translation>Enregistrer la promesse</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write off %1? The bill is closed and no more reminders go out.</source>
        <translation>Passer %1 en perte&#xa0;? La facture est close et plus aucun rappel n’est envoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write off</source>
        <translation>Passer en perte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promise to pay…</source>
        <translation>Promesse de paiement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the day the client promised to pay</source>
        <translation>Enregistrer la date à laquelle le client a promis de payer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chase now</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a reminder for this bill now</source>
        <translation>Rédiger maintenant un rappel pour cette facture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispute</source>
        <translation>Contestation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the bill as disputed and pause reminders</source>
        <translation>Marquer la facture comme contestée et suspendre les rappels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolve dispute</source>
        <translation>Clore la contestation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute is settled: resume reminders</source>
        <translation>La contestation est réglée&#xa0;: reprendre les rappels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop reminders</source>
        <translation>Arrêter les rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending reminders for this bill</source>
        <translation>Ne plus envoyer de rappels pour cette facture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start sending reminders for this bill again</source>
        <translation>Envoyer à nouveau des rappels pour cette facture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy pay link</source>
        <translation>Copier le lien de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the payment link to the clipboard</source>
        <translation>Copier le lien de paiement dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write off…</source>
        <translation>Passer en perte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write off what is still owed</source>
        <translation>Passer en perte le reste dû</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has happened on this bill yet.</source>
        <translation>Il ne s’est encore rien passé pour cette facture.</translation>
    </message>
</context>
<context>
    <name>BillRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+191"/>
        <source>Cannot add bill %1: %2</source>
        <translation>Impossible d’ajouter la facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot change the bill&apos;s status: %1</source>
        <translation>Impossible de modifier le statut de la facture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <location filename="../ui/qml/BillsPage.qml" line="+37"/>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow</source>
        <translation>Échéance demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation>Échéance dans %1 jours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search by bill number or client</source>
        <translation>Rechercher par numéro de facture ou client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search bills</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show bills of this age</source>
        <translation>Afficher les factures de cette ancienneté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any age</source>
        <translation>Toute ancienneté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due yet</source>
        <translation>Pas encore échue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days overdue</source>
        <translation>1–30 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days overdue</source>
        <translation>31–60 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days overdue</source>
        <translation>61–90 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation>Plus de 90 jours de retard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show bills with this status</source>
        <translation>Afficher les factures ayant ce statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Passée en perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sort bills by</source>
        <translation>Trier les factures par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest due first</source>
        <translation>Échéance la plus ancienne d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest due first</source>
        <translation>Échéance la plus récente d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest balance</source>
        <translation>Solde le plus élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client A–Z</source>
        <translation>Client A–Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 bill</source>
        <translation>1 facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bills</source>
        <translation>%1 factures</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Client and bill</source>
        <translation>Client et facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, bill %2, %3 owed</source>
        <translation>%1, facture %2, reste dû %3</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No bills match. Try a shorter search or another filter.</source>
        <translation>Aucune facture ne correspond. Essayez une recherche plus courte ou un autre filtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bills yet. Bills you add or import show up here.</source>
        <translation>Aucune facture pour l’instant. Les factures que vous ajoutez ou importez s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <location filename="../core/Book.cpp" line="+126"/>
        <source>No book file was given.</source>
        <translation>Aucun fichier de registre n’a été indiqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a DueDesk book.</source>
        <translation>%1 est un dossier, pas un registre DueDesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no book at %1.</source>
        <translation>Il n’y a aucun registre à l’emplacement %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a book in %1: the folder does not exist.</source>
        <translation>Impossible de créer un registre dans %1&#xa0;: le dossier n’existe pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a DueDesk book (it is not a database file). It was left unchanged.</source>
        <translation>%1 n’est pas un registre DueDesk (ce n’est pas un fichier de base de données). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another program, not DueDesk. It was left unchanged.</source>
        <translation>%1 appartient à un autre programme, pas à DueDesk. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1 for writing: the file or its folder is read-only. Copy the book to a folder you can write to, or change the permissions.</source>
        <translation>Impossible d’ouvrir %1 en écriture&#xa0;: le fichier ou son dossier est en lecture seule. Copiez le registre dans un dossier où vous pouvez écrire, ou modifiez les autorisations.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 is not a DueDesk book: %2. It was left unchanged.</source>
        <translation>%1 n’est pas un registre DueDesk&#xa0;: %2. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a database of another program, not a DueDesk book. It was left unchanged.</source>
        <translation>%1 est une base de données d’un autre programme, pas un registre DueDesk. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer DueDesk (book format %2; this DueDesk reads up to %3). Update DueDesk to open it. The book was left unchanged.</source>
        <translation>%1 a été enregistré par une version plus récente de DueDesk (format de registre %2&#xa0;; cette version lit jusqu’au format %3). Mettez DueDesk à jour pour l’ouvrir. Le registre n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DueDesk is damaged: migration %1 is missing.</source>
        <translation>L’installation de DueDesk est endommagée&#xa0;: la migration %1 est manquante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Cannot update the book %1: %2</source>
        <translation>Impossible de mettre à jour le registre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot update the book %1 to format %2: %3. The book was left as it was.</source>
        <translation>Impossible de mettre à jour le registre %1 au format %2&#xa0;: %3. Le registre est resté tel quel.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot save the setting %1: %2</source>
        <translation>Impossible d’enregistrer le paramètre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BookBackup</name>
    <message>
        <location filename="../core/BookBackup.cpp" line="+32"/>
        <source>Choose a folder for the backups.</source>
        <translation>Choisissez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot back up the book to %1: %2</source>
        <translation>Impossible de sauvegarder le registre dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BookError</name>
    <message>
        <location filename="../ui/qml/BookError.qml" line="+15"/>
        <source>DueDesk</source>
        <translation>DueDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your book could not be opened</source>
        <translation>Impossible d’ouvrir votre registre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BucketCard</name>
    <message numerus="yes">
        <location filename="../ui/qml/BucketCard.qml" line="+16"/>
        <location line="+25"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallQueue</name>
    <message>
        <location filename="../core/CallQueue.cpp" line="+93"/>
        <source>Cannot read the book for the call queue: %1</source>
        <translation>Impossible de lire le registre pour la liste d’appels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>at least %1 owed</source>
        <translation>doit au moins %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>61-90 days overdue</source>
        <translation>61–90 jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than 90 days overdue</source>
        <translation>plus de 90 jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all reminders sent</source>
        <translation>tous les rappels envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <extracomment>Separates the reasons a bill is in the call queue.</extracomment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../ui/qml/CallsPage.qml" line="+21"/>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not overdue yet</source>
        <translation>Pas encore en retard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Worth a call today</source>
        <translation>À appeler aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bill(s) where a friendly phone call will help most: large balances (%1 or more), long overdue, or every reminder already sent. Best first.</source>
        <translation>
            <numerusform>%n facture pour laquelle un appel cordial sera le plus utile&#xa0;: gros montants (%1 ou plus), retard important ou tous les rappels déjà envoyés. Les plus importantes d’abord.</numerusform>
            <numerusform>%n factures pour lesquelles un appel cordial sera le plus utile&#xa0;: gros montants (%1 ou plus), retard important ou tous les rappels déjà envoyés. Les plus importantes d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the %1 most urgent; the others come up as these are settled.</source>
        <translation>Affichage des %1 plus urgentes&#xa0;; les autres apparaîtront à mesure que celles-ci seront réglées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nobody needs a call today. DueDesk lists a bill here when it is large, long overdue or every reminder has gone out.</source>
        <translation>Personne à appeler aujourd’hui. DueDesk affiche ici une facture quand son montant est élevé, qu’elle est en retard depuis longtemps ou que tous les rappels sont partis.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bills worth a phone call</source>
        <translation>Factures qui méritent un appel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, bill %2, %3 owed, %4. Phone %5.</source>
        <translation>%1, facture %2, reste dû&#xa0;: %3, %4. Téléphone&#xa0;: %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No phone number</source>
        <translation>Pas de numéro de téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number %1</source>
        <translation>Numéro de téléphone %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bill %1 · %2</source>
        <translation>Facture %1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owes %1 in all</source>
        <translation>Doit %1 au total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last paid %1</source>
        <translation>Dernier paiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment yet</source>
        <translation>Aucun paiement pour l’instant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last messages</source>
        <translation>Derniers messages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No messages yet</source>
        <translation>Aucun message pour l’instant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the client, %1, %2</source>
        <translation>Du client, %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the client, %1, %2</source>
        <translation>Au client, %1, %2</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <location filename="../ui/qml/CashPage.qml" line="+31"/>
        <source>M</source>
        <comment>millions</comment>
        <translation>&#xa0;M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <comment>thousands</comment>
        <translation>&#xa0;k</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This week&apos;s cash</source>
        <translation>Trésorerie de la semaine</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send to my phone now</source>
        <translation>Envoyer sur mon téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pair your phone with your assistant in Settings &gt; Channels first.</source>
        <translation>Associez d’abord votre téléphone à votre assistant dans Paramètres &gt; Canaux.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>Outstanding</source>
        <translation>À encaisser</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Money usually takes about %1 days to come in</source>
        <translation>L’argent met en général environ %1 jours à rentrer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+49"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Past the due date</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paid this week</source>
        <translation>Encaissé cette semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received since Monday</source>
        <translation>Paiements reçus depuis lundi</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+178"/>
        <source>Promised this week</source>
        <translation>Promis pour cette semaine</translation>
    </message>
    <message numerus="yes">
        <location line="-176"/>
        <source>%n payment(s) promised by clients</source>
        <translation>
            <numerusform>%n paiement promis par les clients</numerusform>
            <numerusform>%n paiements promis par les clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last 12 weeks</source>
        <translation>Les 12 dernières semaines</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outstanding, overdue and paid for each of the last 12 weeks</source>
        <translation>À encaisser, en retard et encaissé pour chacune des 12 dernières semaines</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: outstanding %2, overdue %3, paid %4</source>
        <translation>%1&#xa0;: à encaisser %2, en retard %3, encaissé %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1
Outstanding: %2
Overdue: %3
Paid: %4</source>
        <translation>%1
À encaisser&#xa0;: %2
En retard&#xa0;: %3
Encaissé&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client has promised to pay this week.</source>
        <translation>Aucun client n’a promis de payer cette semaine.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bill %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who owes the most</source>
        <translation>Qui vous doit le plus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody owes you anything. Well done!</source>
        <translation>Personne ne vous doit rien. Bravo&#xa0;!</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 overdue · %n bill(s)</source>
        <translation>
            <numerusform>%1 en retard · %n facture</numerusform>
            <numerusform>%1 en retard · %n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing overdue · %n bill(s)</source>
        <translation>
            <numerusform>Rien en retard · %n facture</numerusform>
            <numerusform>Rien en retard · %n factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashSnapshotBuilder</name>
    <message>
        <location filename="../core/CashSnapshot.cpp" line="+379"/>
        <location line="+23"/>
        <source>Cannot read the book for the cash snapshot: %1</source>
        <translation>Impossible de lire le registre pour le point de trésorerie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/Domain.cpp" line="+63"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ChaseEngine</name>
    <message>
        <location filename="../core/ChaseEngine.cpp" line="+121"/>
        <source>Cannot approve the reminder: %1</source>
        <translation>Impossible de valider le rappel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+27"/>
        <source>there is no draft %1</source>
        <translation>le brouillon %1 n’existe pas</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>it was already %1</source>
        <translation>son état est déjà %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot skip the reminder: %1</source>
        <translation>Impossible d’écarter le rappel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>it is no longer waiting for you</source>
        <translation>il n’attend plus votre validation</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot change the reminder: %1</source>
        <translation>Impossible de modifier le rappel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot chase bill %1: %2</source>
        <translation>Impossible de relancer la facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such bill</source>
        <translation>cette facture n’existe pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not open with a balance</source>
        <translation>elle n’est pas ouverte ou n’a pas de solde à payer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its client has no reminder policy</source>
        <translation>son client n’a pas de séquence de rappels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no due date</source>
        <translation>elle n’a pas de date d’échéance</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>replaced by a manual chase</source>
        <translation>remplacé par une relance manuelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chased by hand.</source>
        <translation>Relance manuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client accepts no channel for reminders</source>
        <translation>le client n’accepte les rappels sur aucun canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reminder for this step exists already</source>
        <translation>un rappel existe déjà pour cette étape</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot record the payment: %1</source>
        <translation>Impossible d’enregistrer le paiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+39"/>
        <location line="+46"/>
        <location line="+33"/>
        <source>there is no bill %1</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>the payment must be a positive amount in %1</source>
        <translation>le paiement doit être un montant positif en %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>part-paid; the balance changed</source>
        <translation>paiement partiel&#xa0;; le solde a changé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot record the promise: %1</source>
        <translation>Impossible d’enregistrer la promesse de paiement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bill %1 is already paid</source>
        <translation>la facture %1 est déjà payée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the promised day must be today or later</source>
        <translation>la date promise doit être aujourd’hui ou plus tard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the client promised to pay</source>
        <translation>le client a promis de payer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change the dispute: %1</source>
        <translation>Impossible de modifier la contestation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an open bill can be disputed</source>
        <translation>seule une facture ouverte peut être contestée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the bill is not disputed</source>
        <translation>la facture n’est pas contestée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bill is disputed</source>
        <translation>la facture est contestée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot pause the reminders: %1</source>
        <translation>Impossible de suspendre les rappels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client says it is paid</source>
        <translation>le client dit qu’elle est payée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot resume the reminders: %1</source>
        <translation>Impossible de reprendre les rappels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bill %1 is not open with a balance</source>
        <translation>la facture %1 n’est pas ouverte ou n’a pas de solde à payer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot stop the reminders: %1</source>
        <translation>Impossible d’arrêter les rappels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped by the owner</source>
        <translation>arrêté manuellement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record the opt-out: %1</source>
        <translation>Impossible d’enregistrer la désinscription&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>the client opted out of this channel</source>
        <translation>le client s’est désinscrit de ce canal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot record the opt-in: %1</source>
        <translation>Impossible d’enregistrer le consentement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s segment: %1</source>
        <translation>Impossible de modifier le segment du client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no such client</source>
        <translation>ce client n’existe pas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s reminder policy: %1</source>
        <translation>Impossible de modifier la séquence de rappels du client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such policy</source>
        <translation>cette séquence de rappels n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/ChasePlanner.cpp" line="+25"/>
        <location line="+106"/>
        <source>Cannot plan reminders: %1</source>
        <translation>Impossible de planifier les rappels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The promise to pay by %1 was not kept.</source>
        <translation>La promesse de payer au plus tard le %1 n’a pas été tenue.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>DueDesk was not running when %n earlier reminder(s) fell due; only this latest one was drafted.</source>
        <translation>
            <numerusform>DueDesk n’était pas lancé quand %n rappel précédent est arrivé à échéance&#xa0;; seul celui-ci, le plus récent, a été rédigé.</numerusform>
            <numerusform>DueDesk n’était pas lancé quand %n rappels précédents sont arrivés à échéance&#xa0;; seul celui-ci, le plus récent, a été rédigé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder fell due on %1, when DueDesk was not running.</source>
        <translation>Ce rappel est arrivé à échéance le %1, alors que DueDesk n’était pas lancé.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot draft a reminder for bill %1: %2</source>
        <translation>Impossible de rédiger un rappel pour la facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/Outbox.cpp" line="+97"/>
        <source>message %1 is not in a state that allows this</source>
        <translation>l’état du message %1 ne le permet pas</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>there is no message %1</source>
        <translation>le message %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 is %2, not waiting to be sent</source>
        <translation>le message %1 est à l’état %2 et n’attend pas d’être envoyé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the bill is gone</source>
        <translation>la facture n’existe plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bill is %1</source>
        <translation>la facture a le statut %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chase is %1</source>
        <translation>la relance a le statut %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client does not accept %1</source>
        <translation>le client n’accepte pas %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>message %1 changed meanwhile</source>
        <translation>le message %1 a été modifié entre-temps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>message %1 was not sent: %2</source>
        <translation>le message %1 n’a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>DueDesk cannot tell whether the reminder for %1 reached %2 (%3).</source>
        <translation>DueDesk ne peut pas savoir si le rappel de la facture %1 est bien parvenu à %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will not be sent again by itself. If they did not get it, chase the bill again.</source>
        <translation>Il ne sera pas renvoyé automatiquement. Si le client ne l’a pas reçu, relancez la facture à nouveau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DueDesk stopped while sending; the provider may or may not have it</source>
        <translation>DueDesk s’est arrêté pendant l’envoi&#xa0;; le prestataire l’a peut-être reçu, peut-être pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no message has the provider id %1</source>
        <translation>aucun message n’a l’identifiant de prestataire %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a delivery status</source>
        <translation>%1 n’est pas un statut de distribution</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BenchSupport.cpp" line="+23"/>
        <source>%1 failed: %2</source>
        <translation>échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+180"/>
        <location filename="../app/cli/BenchStartup.cpp" line="+85"/>
        <source>--bills and --runs take whole numbers of at least 1</source>
        <translation>--bills et --runs attendent des nombres entiers supérieurs ou égaux à 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown benchmark suite &quot;%1&quot; (aging, plan, nlu or startup)</source>
        <translation>série de tests de performance inconnue «&#xa0;%1&#xa0;» (aging, plan, nlu ou startup)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--bills takes a whole number of at least 1</source>
        <translation>--bills attend un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--runs takes a whole number of at least 1</source>
        <translation>--runs attend un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the benchmark needs the sqlite3 shell as its baseline (apt-get install sqlite3)</source>
        <translation>le test de performance a besoin de l’interpréteur sqlite3 comme référence (apt-get install sqlite3)</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+182"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliArgs.cpp" line="+15"/>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+47"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (utilisez le format YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs a CSV file: import FILE.csv</source>
        <translation>import attend un fichier CSV&#xa0;: import FILE.csv</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: nothing imported: %2</source>
        <translation>%1&#xa0;: rien n’a été importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: nothing imported: %n bad row(s)</source>
        <translation>
            <numerusform>%1&#xa0;: rien n’a été importé&#xa0;: %n ligne incorrecte</numerusform>
            <numerusform>%1&#xa0;: rien n’a été importé&#xa0;: %n lignes incorrectes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 (%2 format): %3 new bills, %4 new clients, %5 payments; %6 bills were already in the book.</source>
        <translation>%1 importé (format %2)&#xa0;: %3 nouvelles factures, %4 nouveaux clients, %5 paiements&#xa0;; %6 factures figuraient déjà dans le registre.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+26"/>
        <source>Aging on %1</source>
        <translation>Balance âgée au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is outstanding.</source>
        <translation>Aucun montant à encaisser.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>report needs a kind: report aging</source>
        <translation>report attend un type de rapport&#xa0;: report aging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown report &quot;%1&quot; (known: aging)</source>
        <translation>rapport inconnu «&#xa0;%1&#xa0;» (disponible&#xa0;: aging)</translation>
    </message>
    <message>
        <location filename="../app/cli/SeedCommand.cpp" line="+21"/>
        <source>%1 takes a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>%1 attend un nombre entier supérieur ou égal à %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>seed needs --clients N and --bills M</source>
        <translation>seed attend --clients N et --bills M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--clients is limited to 10000000</source>
        <translation>--clients est limité à 10000000</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Seeded %1 clients, %2 bills and %3 payments in %4 ms.</source>
        <translation>%1 clients, %2 factures et %3 paiements générés en %4 ms.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+27"/>
        <source>Usage: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Commands:
  seed --clients N --bills M [--seed S]   fill the book with realistic demo data
  import FILE.csv                         import bills and clients (generic, Xero or QuickBooks columns)
  report aging [--today DATE] [--json]    open balances per aging bucket and currency
  plan [--today DATE]                     draft the reminders that are due
  drafts [--json]                         reminders waiting for your approval
  approve ID|--all, skip ID, edit ID --text TEXT   decide on drafted reminders
  chase BILL                              one reminder now, the rest of the policy after it
  pay BILL AMOUNT [--on DATE]             record a payment
  promise BILL DATE                       pause reminders until a promised day
  dispute BILL [--resolve], stop BILL     pause for a dispute / stop reminders
  optout CLIENT CHANNEL                   the client gets nothing more on that channel
  outbox [--json]                         messages approved for sending, and their state
  snapshot [--week-of DATE] --json        the weekly cash snapshot
  callqueue [--min AMOUNT] --json         bills worth a phone call
  audit verify                            check the audit trail&apos;s hash chain
  understand --as client|owner [--today DATE] [--region GB]   JSON Lines in, understanding out
      [--model-url URL --model NAME [--model-timeout MS]]   ask a local model server about hard replies
      a line&apos;s optional &quot;region&quot; (&quot;US&quot;, &quot;GB&quot;) is the sender&apos;s: how a date like 3/12 reads
  inbound --channel CH --from ADDRESS --text TEXT   a client&apos;s reply arrives: stored, understood, acted on
  tasks [--json]                          what DueDesk has handed to you
  assistant                               talk to DueDesk: one message per line on standard input
  run [--once]                            run the channel bridges (DUEDESK_TELEGRAM_TOKEN, DUEDESK_WHATSAPP_TOKEN
                                          and _PHONE_ID; DUEDESK_WHATSAPP_APP_SECRET adds the webhook, not with
                                          --once); --once sends what may go now, polls replies once and exits;
                                          DUEDESK_TELEGRAM_OWNER_TOKEN: your assistant; DUEDESK_RELAY_URL, _KEY
  bench [--suite aging|plan|nlu|startup] [--bills N] [--runs R] [--book PATH]   benchmarks against a baseline

--db defaults to the book in your DueDesk data folder. --now sets the clock (for scripts and tests).
</source>
        <translation>Utilisation&#xa0;: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Commandes&#xa0;:
  seed --clients N --bills M [--seed S]   remplit le registre de données de démonstration réalistes
  import FILE.csv                         importe factures et clients (colonnes generic, Xero ou QuickBooks)
  report aging [--today DATE] [--json]    montants à encaisser par tranche d’ancienneté et par devise
  plan [--today DATE]                     rédige les rappels arrivés à échéance
  drafts [--json]                         rappels en attente de votre validation
  approve ID|--all, skip ID, edit ID --text TEXT   décider des brouillons de rappels
  chase BILL                              un rappel tout de suite, puis le reste de la séquence
  pay BILL AMOUNT [--on DATE]             enregistre un paiement
  promise BILL DATE                       suspend les rappels jusqu’à la date promise
  dispute BILL [--resolve], stop BILL     suspend pour contestation / arrête les rappels
  optout CLIENT CHANNEL                   le client ne reçoit plus rien sur ce canal
  outbox [--json]                         messages validés pour l’envoi, et leur état
  snapshot [--week-of DATE] --json        le point de trésorerie hebdomadaire
  callqueue [--min AMOUNT] --json         factures qui méritent un appel
  audit verify                            vérifie la chaîne de hachage du journal d’audit
  understand --as client|owner [--today DATE] [--region GB]   lit des JSON Lines et renvoie ce qui a été compris
      [--model-url URL --model NAME [--model-timeout MS]]   consulte un serveur de modèle local pour les réponses difficiles
      le champ facultatif &quot;region&quot; d’une ligne (&quot;US&quot;, &quot;GB&quot;) est celui de l’expéditeur&#xa0;: il indique comment lire une date comme 3/12
  inbound --channel CH --from ADDRESS --text TEXT   une réponse d’un client arrive&#xa0;: enregistrée, comprise, traitée
  tasks [--json]                          ce que DueDesk vous a confié
  assistant                               parlez à DueDesk&#xa0;: un message par ligne sur l’entrée standard
  run [--once]                            fait fonctionner les canaux (DUEDESK_TELEGRAM_TOKEN, DUEDESK_WHATSAPP_TOKEN
                                          et _PHONE_ID&#xa0;; DUEDESK_WHATSAPP_APP_SECRET ajoute le webhook, sauf avec
                                          --once)&#xa0;; --once envoie ce qui peut partir, relève les réponses une fois et s’arrête
                                          DUEDESK_TELEGRAM_OWNER_TOKEN&#xa0;: votre assistant&#xa0;; DUEDESK_RELAY_URL, _KEY
  bench [--suite aging|plan|nlu|startup] [--bills N] [--runs R] [--book PATH]   mesures de performance face à une référence

Sans --db, le registre de votre dossier de données DueDesk est utilisé. --now règle l’horloge (pour les scripts et les tests).
</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--now takes an ISO date or date-time, not &quot;%1&quot;</source>
        <translation>--now attend une date ISO ou une date et heure ISO, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ChaseCommands.cpp" line="+31"/>
        <source>%1 needs a draft id (a number)</source>
        <translation>%1 attend l’identifiant d’un brouillon (un nombre)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no client is called &quot;%1&quot;</source>
        <translation>aucun client ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients are called &quot;%2&quot;; use the client&apos;s id</source>
        <translation>%1 clients s’appellent «&#xa0;%2&#xa0;»&#xa0;; utilisez l’identifiant du client</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n reminder(s) drafted for %1.</source>
        <translation>
            <numerusform>%n rappel rédigé pour le %1.</numerusform>
            <numerusform>%n rappels rédigés pour le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) have a reminder due but no channel the client accepts.</source>
        <translation>
            <numerusform>%n facture a un rappel à envoyer, mais aucun canal accepté par le client.</numerusform>
            <numerusform>%n factures ont un rappel à envoyer, mais aucun canal accepté par le client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) held back by the weekly limit per client.</source>
        <translation>
            <numerusform>%n rappel retenu en raison de la limite hebdomadaire par client.</numerusform>
            <numerusform>%n rappels retenus en raison de la limite hebdomadaire par client.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No reminders are waiting for your approval.</source>
        <translation>Aucun rappel n’attend votre validation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>approve needs a draft id or --all</source>
        <translation>approve attend l’identifiant d’un brouillon ou --all</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n reminder(s) approved.</source>
        <translation>
            <numerusform>%n rappel validé.</numerusform>
            <numerusform>%n rappels validés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved; queued as message %1.</source>
        <translation>Validé&#xa0;; placé en file d’attente comme message %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit needs --text</source>
        <translation>edit attend --text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft %1 changed.</source>
        <translation>Brouillon %1 modifié.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft %1 skipped.</source>
        <translation>Brouillon %1 écarté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a bill number</source>
        <translation>%1 attend un numéro de facture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pay needs an amount: pay BILL AMOUNT</source>
        <translation>pay demande un montant&#xa0;: pay FACTURE MONTANT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise needs a date: promise BILL DATE</source>
        <translation>promise demande une date&#xa0;: promise FACTURE DATE</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the audit trail is broken: %1</source>
        <translation>le journal d’audit est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Drafted reminder %1 for %2; the rest of the policy follows from today.</source>
        <translation>Rappel %1 rédigé pour la facture %2&#xa0;; la suite de la séquence reprend à partir d’aujourd’hui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no bill %1</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment of %1 %2 recorded for %3.</source>
        <translation>Paiement de %1 %2 enregistré pour la facture %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 paused until %2.</source>
        <translation>Rappels de la facture %1 suspendus jusqu’au %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute on %1 resolved; reminders resume.</source>
        <translation>Contestation de la facture %1 résolue&#xa0;; les rappels reprennent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disputed; reminders are paused.</source>
        <translation>La facture %1 est contestée&#xa0;; les rappels sont suspendus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 stopped.</source>
        <translation>Rappels de la facture %1 arrêtés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optout needs a client and a channel: optout CLIENT whatsapp|telegram|sms|email</source>
        <translation>optout attend un client et un canal&#xa0;: optout CLIENT whatsapp|telegram|sms|email</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/InboxCommands.cpp" line="+26"/>
        <source>unknown channel &quot;%1&quot; (whatsapp, telegram, sms or email)</source>
        <translation>canal inconnu «&#xa0;%1&#xa0;» (whatsapp, telegram, sms ou email)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 will get nothing more by %2.</source>
        <translation>%1 ne recevra plus rien par %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>usage: audit verify</source>
        <translation>utilisation&#xa0;: audit verify</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The audit trail is intact (%n row(s)).</source>
        <translation>
            <numerusform>Le journal d’audit est intact (%n ligne).</numerusform>
            <numerusform>Le journal d’audit est intact (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AssistantCommand.cpp" line="+22"/>
        <location filename="../app/cli/UnderstandCommand.cpp" line="+123"/>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/InboxCommands.cpp" line="-3"/>
        <source>inbound needs --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]</source>
        <translation>inbound attend --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing is waiting for you.</source>
        <translation>Rien n’attend votre intervention.</translation>
    </message>
    <message>
        <location filename="../app/cli/UnderstandCommand.cpp" line="-50"/>
        <source>warning: %1; asking the model server without a key</source>
        <translation>avertissement&#xa0;: %1&#xa0;; interrogation du serveur de modèle sans clé</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>understand needs --as client or --as owner</source>
        <translation>understand attend --as client ou --as owner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--model and --model-timeout need --model-url, and work with --as client only</source>
        <translation>--model et --model-timeout exigent --model-url et ne fonctionnent qu’avec --as client</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1: not a JSON object with a &quot;text&quot;</source>
        <translation>ligne %1&#xa0;: ce n’est pas un objet JSON avec un champ &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: model answer not used: %2</source>
        <translation>ligne %1&#xa0;: réponse du modèle non utilisée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BenchStartup.cpp" line="-42"/>
        <source>%1 did not report its first frame: %2</source>
        <translation>%1 n’a pas signalé sa première image&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot find the desktop app or the bare window program: give --app and --bare</source>
        <translation>impossible de trouver l’application de bureau ou le programme de fenêtre minimale&#xa0;: indiquez --app et --bare</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+69"/>
        <source>Sent %1, failed %2, uncertain %3; %4 replies and %5 delivery statuses received.</source>
        <translation>Envoyés %1, en échec %2, incertains %3 ; %4 réponses et %5 statuts de remise reçus.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) interrupted by a crash are now uncertain: check them in the outbox.</source>
        <translation>
            <numerusform>%n message interrompu par un arrêt brutal est désormais incertain : vérifiez-le dans la boîte d’envoi.</numerusform>
            <numerusform>%n messages interrompus par un arrêt brutal sont désormais incertains : vérifiez-les dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>assistant on %1: %2</source>
        <translation>assistant sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired</source>
        <translation>associé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not paired</source>
        <translation>non associé</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no channel is configured (set DUEDESK_TELEGRAM_TOKEN, or DUEDESK_WHATSAPP_TOKEN and DUEDESK_WHATSAPP_PHONE_ID)</source>
        <translation>aucun canal n’est configuré (définissez DUEDESK_TELEGRAM_TOKEN, ou DUEDESK_WHATSAPP_TOKEN et DUEDESK_WHATSAPP_PHONE_ID)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WhatsApp webhook listening at %1</source>
        <translation>webhook WhatsApp à l’écoute sur %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Running the channel bridges; stop with Ctrl+C.</source>
        <translation>Les canaux sont en marche ; arrêtez avec Ctrl+C.</translation>
    </message>
</context>
<context>
    <name>ClientDsoCalculator</name>
    <message>
        <location filename="../core/ClientDso.cpp" line="+39"/>
        <source>Cannot read the client&apos;s bills: %1</source>
        <translation>Impossible de lire les factures du client&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../ui/qml/ClientPanel.qml" line="+109"/>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Back to the clients</source>
        <translation>Retour aux clients</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Close the client</source>
        <translation>Fermer la fiche client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Still owed</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days to pay</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO over the last 90 days</source>
        <translation>DSO sur les 90 derniers jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 owed against %2 billed in the last 90 days.</source>
        <translation>%1 dus pour %2 facturés au cours des 90 derniers jours.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact &amp;&amp; reminders</source>
        <translation>Contact &amp;&amp; rappels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bills (%1)</source>
        <translation>Factures (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages (%1)</source>
        <translation>Messages (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No email or phone number for this client.</source>
        <translation>Aucun e-mail ni numéro de téléphone pour ce client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prefers %1</source>
        <translation>Canal préféré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels DueDesk may use</source>
        <translation>Canaux que DueDesk peut utiliser</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stop messages by %1</source>
        <translation>Ne plus envoyer de messages par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Allow messages by %1</source>
        <translation>Autoriser les messages par %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Turn %1 back on? Do this only when the client asked to hear from you there.</source>
        <translation>Réactiver %1&#xa0;? Ne le faites que si le client a demandé à être contacté par ce canal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn on</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Turning a channel off cancels the reminders waiting for it.</source>
        <translation>Désactiver un canal annule les rappels en attente sur ce canal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment of the client</source>
        <translation>Segment du client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder policy of the client</source>
        <translation>Séquence de rappels du client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders follow the %1 policy. A change moves the next reminder of each open bill to the new schedule.</source>
        <translation>Les rappels suivent la séquence %1. En cas de changement, le prochain rappel de chaque facture ouverte suit le nouveau calendrier.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bills of %1</source>
        <translation>Factures de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bill %1, %2 owed, open it on the Bills page</source>
        <translation>Facture %1, reste dû %2, l’ouvrir dans la page Factures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on the Bills page</source>
        <translation>Ouvrir dans la page Factures</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Due %1 · %2</source>
        <translation>Échéance le %1 · %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Showing %1 of %2 bills: the Bills page has them all.</source>
        <translation>%1 factures affichées sur %2&#xa0;: la page Factures les contient toutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bills for this client yet.</source>
        <translation>Aucune facture pour ce client pour l’instant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages with %1</source>
        <translation>Messages avec %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You, by %1: %2</source>
        <translation>Vous, par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client, by %1: %2</source>
        <translation>Client, par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Understood: %1</source>
        <translation>Interprétation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No messages with this client yet. Reminders you approve and their replies show up here.</source>
        <translation>Aucun message avec ce client pour l’instant. Les rappels que vous validez et leurs réponses s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="-139"/>
        <source>Cannot add client %1: %2</source>
        <translation>Impossible d’ajouter le client %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record consent for %1: %2</source>
        <translation>Impossible d’enregistrer le consentement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot record consent: %1</source>
        <translation>Impossible d’enregistrer le consentement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../ui/qml/ClientsPage.qml" line="+42"/>
        <source>Search by name, email or phone</source>
        <translation>Rechercher par nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 client</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort clients by</source>
        <translation>Trier les clients par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name A–Z</source>
        <translation>Nom A–Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most owed</source>
        <translation>Montant dû le plus élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most overdue</source>
        <translation>Retard le plus important</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, owes %2</source>
        <translation>%1, doit %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs your attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last contact: %1</source>
        <translation>Dernier contact&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet</source>
        <translation>Aucun message pour l’instant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing owed</source>
        <translation>Ne doit rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 open bill</source>
        <translation>1 facture ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open bills</source>
        <translation>%1 factures ouvertes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No clients match. Try a shorter search.</source>
        <translation>Aucun client ne correspond. Essayez une recherche plus courte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clients yet. Clients you add or import show up here.</source>
        <translation>Aucun client pour l’instant. Les clients que vous ajoutez ou importez s’affichent ici.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a client</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their contacts, the channels they agreed to, their bills and every message with them show up here.</source>
        <translation>Ses coordonnées, les canaux qu’il a acceptés, ses factures et tous vos échanges avec lui s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/CsvReader.cpp" line="+82"/>
        <source>line %1 is not UTF-8 text; save the file as CSV UTF-8 and import it again</source>
        <translation>la ligne %1 n’est pas du texte UTF-8&#xa0;; enregistrez le fichier au format CSV UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>line %1 opens a quoted field that is never closed (a missing &apos;&quot;&apos;?)</source>
        <translation>la ligne %1 ouvre un champ entre guillemets qui n’est jamais refermé (un &apos;&quot;&apos; manquant&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/qml/DashboardPage.qml" line="+33"/>
        <source>Outstanding</source>
        <translation>À encaisser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything clients still owe you in %1</source>
        <translation>Tout ce que vos clients vous doivent encore en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) past their due date</source>
        <translation>
            <numerusform>%n facture dont l’échéance est dépassée</numerusform>
            <numerusform>%n factures dont l’échéance est dépassée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid this week</source>
        <translation>Encaissé cette semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received since Monday</source>
        <translation>Reçu depuis lundi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days to get paid</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On average, from invoice to payment (DSO, last 90 days)</source>
        <translation>En moyenne, de la facture au paiement (DSO, 90 derniers jours)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Needs you (%1)</source>
        <translation>À traiter (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as dealt with: %1</source>
        <translation>Marquer comme traité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss: %1</source>
        <translation>Ignorer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more waiting.</source>
        <translation>
            <numerusform>%n autre en attente.</numerusform>
            <numerusform>%n autres en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How late is the money?</source>
        <translation>Depuis quand attendez-vous votre argent&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share of the outstanding total in each age bucket</source>
        <translation>Part du total à encaisser dans chaque tranche d’ancienneté</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Waiting for your approval (%1)</source>
        <translation>En attente de votre validation (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for your approval</source>
        <translation>En attente de votre validation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve all</source>
        <translation>Tout valider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve every reminder in the list</source>
        <translation>Valider tous les rappels de la liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is waiting for you. DueDesk drafts a reminder when one falls due, and nothing is sent until you approve it.</source>
        <translation>Rien ne vous attend. DueDesk rédige un rappel quand il arrive à échéance, et rien n’est envoyé sans votre validation.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show more (%1 of %2 shown)</source>
        <translation>Afficher plus (%1 sur %2 affichés)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other currencies</source>
        <translation>Autres devises</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %2 outstanding, %3 overdue in %n bill(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 à encaisser, dont %3 en retard sur %n facture</numerusform>
            <numerusform>%1&#xa0;: %2 à encaisser, dont %3 en retard sur %n factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <location filename="../ui/qml/DraftCard.qml" line="+34"/>
        <source>Reminder to %1 about %2</source>
        <translation>Rappel pour %1 concernant la facture %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Text of the reminder</source>
        <translation>Texte du rappel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Skip</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this reminder</source>
        <translation>Écarter ce rappel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this reminder</source>
        <translation>Modifier ce rappel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve and send this reminder</source>
        <translation>Valider et envoyer ce rappel</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>DraftComposer</name>
    <message>
        <location filename="../core/DraftComposer.cpp" line="+227"/>
        <source>bill %1 has no client or policy</source>
        <translation>la facture %1 n’a pas de client ou de séquence de rappels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a reply to the client&apos;s message</source>
        <translation>une réponse au message du client</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set your business name in the settings: this text says “%1”.</source>
        <translation>Indiquez le nom de votre entreprise dans les paramètres&#xa0;: ce texte indique «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>this reminder is already queued (%1)</source>
        <translation>ce rappel est déjà en file d’attente (%1)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../ui/qml/FirstRun.qml" line="+23"/>
        <location line="+102"/>
        <source>Welcome to DueDesk</source>
        <translation>Bienvenue dans DueDesk</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Open a DueDesk book</source>
        <translation>Ouvrir un registre DueDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk books (*.duedesk)</source>
        <translation>Registres DueDesk (*.duedesk)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DueDesk keeps track of who owes you and drafts friendly reminders for you to approve.</source>
        <translation>DueDesk garde la trace de qui vous doit quoi et rédige des rappels aimables que vous validez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk uses these for your reminders, amounts and phone numbers. You can change them later in Settings.</source>
        <translation>DueDesk s’en sert pour vos rappels, vos montants et vos numéros de téléphone. Vous pourrez les modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start a new book</source>
        <translation>Créer un nouveau registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your own business; add or import your bills next.</source>
        <translation>Pour votre propre entreprise&#xa0;; ajoutez ou importez ensuite vos factures.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an existing book…</source>
        <translation>Ouvrir un registre existant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A DueDesk book you already keep, on this computer or a shared drive.</source>
        <translation>Un registre DueDesk que vous tenez déjà, sur cet ordinateur ou sur un lecteur partagé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try it with demo data</source>
        <translation>Essayer avec des données de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up plumbing business with 400 bills, to look around safely.</source>
        <translation>Une entreprise de plomberie fictive avec 400 factures, pour découvrir DueDesk sans risque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>As your clients know it</source>
        <translation>Tel que vos clients le connaissent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency of your bills</source>
        <translation>Devise de vos factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country or region of your business</source>
        <translation>Pays ou région de votre entreprise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book will be kept at %1</source>
        <translation>Le registre sera conservé à l’emplacement %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create book</source>
        <translation>Créer le registre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the book</source>
        <translation>Créer le registre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the demo book…</source>
        <translation>Préparation du registre de démonstration…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+47"/>
        <source>DueDesk — %1</source>
        <translation>DueDesk — %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dashboard</source>
        <translation>Afficher le tableau de bord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of bills</source>
        <translation>Afficher la liste des factures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the clients</source>
        <translation>Afficher les clients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this week&apos;s cash</source>
        <translation>Afficher la trésorerie de la semaine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bills worth a phone call</source>
        <translation>Afficher les factures qui méritent un appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything DueDesk and you have done</source>
        <translation>Afficher tout ce que DueDesk et vous avez fait</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings</source>
        <translation>Afficher les paramètres</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the figures</source>
        <translation>Actualiser les chiffres</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../core/MessageTemplates.cpp" line="+207"/>
        <source>The message template has an unclosed &quot;{&quot;.</source>
        <translation>Le modèle de message contient une «&#xa0;{&#xa0;» non fermée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+40"/>
        <source>The message template has an unknown placeholder &quot;{%1}&quot;.</source>
        <translation>Le modèle de message contient un champ inconnu «&#xa0;{%1}&#xa0;».</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Bill %1 has no due date to put in the message.</source>
        <translation>La facture %1 n’a pas de date d’échéance à indiquer dans le message.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill %1 has no promised payment date to put in the message.</source>
        <translation>La facture %1 n’a pas de date de paiement promise à indiquer dans le message.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message template has &quot;{no_pay_link}&quot; somewhere other than at the start of a part.</source>
        <translation>Le modèle de message contient «&#xa0;{no_pay_link}&#xa0;» ailleurs qu’au début d’une partie.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation>Il n’existe aucun modèle de message de type «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message templates for &quot;%1&quot; are damaged: %2</source>
        <translation>Les modèles de message pour «&#xa0;%1&#xa0;» sont endommagés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no %1 message template for %2 in %3.</source>
        <translation>Il n’existe aucun modèle de message %1 pour %2 dans la langue %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The message template in %1 is empty.</source>
        <translation>Le modèle de message en langue %1 est vide.</translation>
    </message>
</context>
<context>
    <name>ModelBackendSettings</name>
    <message>
        <location filename="../bridges/ModelBackendSettings.cpp" line="+48"/>
        <source>the model server address &quot;%1&quot; is not a valid URL</source>
        <translation>l’adresse du serveur de modèle «&#xa0;%1&#xa0;» n’est pas une URL valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server address must start with http:// or https://, not &quot;%1&quot;</source>
        <translation>l’adresse du serveur de modèle doit commencer par http:// ou https://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no model name is set for the model server</source>
        <translation>aucun nom de modèle n’est défini pour le serveur de modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server timeout must be positive</source>
        <translation>le délai d’attente du serveur de modèle doit être positif</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/Money.cpp" line="+58"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an amount (use a point for decimals, e.g. 1234.50)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant (utilisez un point pour les décimales, par ex. 1234.50)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>«&#xa0;%1&#xa0;» a plus de décimales que %2 n’en autorise (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>«&#xa0;%1&#xa0;» est trop élevé</translation>
    </message>
</context>
<context>
    <name>OwnerAlerts</name>
    <message>
        <location filename="../app/gui/OwnerAlerts.cpp" line="+32"/>
        <source>A reply needs you</source>
        <translation>Une réponse vous attend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A reminder may not have arrived</source>
        <translation>Un rappel n’est peut-être pas arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 replies need you</source>
        <translation>%1 réponses vous attendent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 things need you</source>
        <translation>%1 éléments demandent votre attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 And %2 more in DueDesk.</source>
        <translation>%1 Et %2 autres dans DueDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DueDesk: nothing waiting for your approval</source>
        <translation>DueDesk&#xa0;: rien n’attend votre validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DueDesk: 1 reminder waiting for your approval</source>
        <translation>DueDesk&#xa0;: 1 rappel attend votre validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk: %1 reminders waiting for your approval</source>
        <translation>DueDesk&#xa0;: %1 rappels attendent votre validation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approvals (%1)</source>
        <translation>Validations (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation>Validations</translation>
    </message>
</context>
<context>
    <name>OwnerAssistantPanel</name>
    <message>
        <location filename="../ui/qml/OwnerAssistantPanel.qml" line="+20"/>
        <source>Your phone</source>
        <translation>Votre téléphone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paired. Only your own chat can approve reminders or give commands.</source>
        <translation>Associé. Seule votre propre discussion peut valider des rappels ou donner des instructions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpair</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pair your phone so that reminders to approve reach you there. Only the paired chat is answered.</source>
        <translation>Associez votre téléphone pour y recevoir les rappels à valider. Seule la discussion associée obtient des réponses.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing code %1</source>
        <translation>Code d’association %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair my phone</source>
        <translation>Associer mon téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Weekly cash summary</source>
        <translation>Récapitulatif hebdomadaire de trésorerie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the week&apos;s figures</source>
        <translation>M’envoyer les chiffres de la semaine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every</source>
        <translation>Chaque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day of the weekly summary</source>
        <translation>Jour du récapitulatif hebdomadaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hour of the weekly summary</source>
        <translation>Heure du récapitulatif hebdomadaire</translation>
    </message>
</context>
<context>
    <name>OwnerChatTexts</name>
    <message>
        <location filename="../bridges/OwnerChatTexts.cpp" line="+19"/>
        <source>Reminder to %1 for %2 (%3 outstanding), %4:

%5</source>
        <translation>Rappel pour %1 concernant la facture %2 (reste dû&#xa0;: %3), ton %4&#xa0;:

%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed. %1</source>
        <translation>Modifié. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a business</source>
        <translation>une entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a private assistant for %1. It only talks to its owner, so I can&apos;t help you here — sorry.</source>
        <translation>Ceci est un assistant privé pour %1. Il ne parle qu’à son propriétaire, je ne peux donc pas vous aider ici — désolé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paired. I will send you reminders to approve here.</source>
        <translation>Associé. Je vous enverrai ici les rappels à valider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code has expired. Please ask DueDesk on your computer for a new one.</source>
        <translation>Désolé, ce code a expiré. Demandez-en un nouveau à DueDesk sur votre ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code is not right. Please send the code DueDesk shows on your computer, like “%1”.</source>
        <translation>Désolé, ce code n’est pas le bon. Envoyez le code affiché par DueDesk sur votre ordinateur, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send me the new wording for the reminder to %1 (%2).</source>
        <translation>Envoyez-moi le nouveau texte du rappel pour %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already handled.</source>
        <translation>Déjà traité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That reminder was already handled, so I left it as it was.</source>
        <translation>Ce rappel avait déjà été traité, je n’y ai donc pas touché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice notes are not set up yet — please type it, or set up transcription in Settings.</source>
        <translation>Les messages vocaux ne sont pas encore configurés — merci d’écrire votre message, ou configurez la transcription dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, I couldn&apos;t make out that voice note — please type it.</source>
        <translation>Désolé, je n’ai pas compris ce message vocal — merci de l’écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I heard: “%1”</source>
        <translation>J’ai entendu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OwnerDraftFlow</name>
    <message>
        <location filename="../bridges/OwnerDraftFlow.cpp" line="+38"/>
        <source>The reminder was already handled.</source>
        <translation>Le rappel avait déjà été traité.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The reminder could not be read again.</source>
        <translation>Impossible de relire le rappel.</translation>
    </message>
</context>
<context>
    <name>OwnerPairing</name>
    <message>
        <location filename="../core/OwnerPairing.cpp" line="+118"/>
        <source>Cannot make a pairing code: %1</source>
        <translation>Impossible de créer un code d’association&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OwnerPrompts</name>
    <message>
        <location filename="../core/OwnerPrompts.cpp" line="+121"/>
        <source>Cannot record the reminder shown to you: %1</source>
        <translation>Impossible d’enregistrer le rappel qui vous a été présenté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot record the reminder shown to you</source>
        <translation>Impossible d’enregistrer le rappel qui vous a été présenté</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot show the reminder again: %1</source>
        <translation>Impossible de vous présenter à nouveau le rappel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OwnerTaskRepository</name>
    <message>
        <location filename="../core/OwnerTasks.cpp" line="+34"/>
        <source>Cannot hand this to you: %1</source>
        <translation>Impossible de vous confier cette tâche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no open task %1.</source>
        <translation>Il n’y a aucune tâche ouverte %1.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+97"/>
        <source>Cannot record the payment: %1</source>
        <translation>Impossible d’enregistrer le paiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../core/PhoneNumber.cpp" line="+28"/>
        <source>phone number is empty</source>
        <translation>le numéro de téléphone est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a phone number for region %2 (add the country code, e.g. +44)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone de la région %2 (ajoutez l’indicatif du pays, par ex. +33)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a possible phone number (wrong length)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un numéro de téléphone (longueur incorrecte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a known number range for %2; check it before sending</source>
        <translation>%1 n’appartient à aucune plage de numéros connue pour %2&#xa0;; vérifiez-le avant l’envoi</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <location filename="../core/PolicyRepository.cpp" line="+148"/>
        <source>A reminder policy needs at least one step.</source>
        <translation>Une séquence de rappels doit comporter au moins une étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cannot save the policy: %1</source>
        <translation>Impossible d’enregistrer la séquence de rappels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot change the client&apos;s policy: %1</source>
        <translation>Impossible de modifier la séquence de rappels du client&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PostOnce</name>
    <message>
        <location filename="../bridges/PostOnce.cpp" line="+57"/>
        <source>the connection closed before an answer came</source>
        <translation>la connexion a été fermée avant qu’une réponse n’arrive</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <location filename="../core/QuietHours.cpp" line="+37"/>
        <source>Enter the quiet hours as times, like 20:00 and 08:00.</source>
        <translation>Saisissez les heures de silence sous forme d’horaires, par ex. 20:00 et 08:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quiet hours start and end at the same time. Choose an end time after the start.</source>
        <translation>Les heures de silence commencent et finissent à la même heure. Choisissez une heure de fin après l’heure de début.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot save the quiet hours: %1</source>
        <translation>Impossible d’enregistrer les heures de silence&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../core/ReplyClassifier.cpp" line="+293"/>
        <source>also asks to stop the reminders</source>
        <translation>demande aussi l’arrêt des rappels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the opt-out is honoured over the promise</source>
        <translation>la désinscription l’emporte sur la promesse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>says they paid, but less than billed</source>
        <translation>dit avoir payé, mais moins que le montant facturé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>part paid, the rest promised</source>
        <translation>paiement partiel, le reste promis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>will pay once they have it</source>
        <translation>paiera dès qu’il aura l’argent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instalments, so no single promise date</source>
        <translation>paiement échelonné, donc pas de date promise unique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more time without a date</source>
        <translation>un délai sans date</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>asks for more time, with a date</source>
        <translation>demande un délai, avec une date</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a guess from single words</source>
        <translation>une supposition d’après des mots isolés</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>says they have paid</source>
        <translation>dit avoir payé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promises to pay on %1</source>
        <translation>promet de payer le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promises to pay, no date</source>
        <translation>promet de payer, sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disputes the bill or the work</source>
        <translation>conteste la facture ou le travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for the invoice or how to pay</source>
        <translation>demande la facture ou comment payer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for instalments or more time</source>
        <translation>demande un paiement échelonné ou un délai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opts out of messages</source>
        <translation>se désinscrit des messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>says they are not the client</source>
        <translation>dit ne pas être le client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing about paying</source>
        <translation>rien sur le paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not understood</source>
        <translation>non compris</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; amount %1</source>
        <translation>&#xa0;; montant %1</translation>
    </message>
</context>
<context>
    <name>ReplyHandler</name>
    <message>
        <location filename="../core/ReplyHandler.cpp" line="+99"/>
        <source>the message vanished</source>
        <translation>le message a disparu</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A reply to: “%1”</source>
        <translation>Une réponse à&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A message from %1, who is not one of your clients: “%2”</source>
        <translation>Un message de %1, qui ne fait pas partie de vos clients&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as a client, or ignore it.</source>
        <translation>Ajoutez cette personne comme client ou ignorez le message.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 wrote: “%2”</source>
        <translation>%1 a écrit&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read it and reply yourself.</source>
        <translation>Lisez-le et répondez vous-même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 says they have paid %2.</source>
        <translation>%1 dit avoir payé %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 says they have paid %2 for %3.</source>
        <translation>%1 dit avoir payé %2 pour %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your bank; then mark the bill paid, or resume the reminders.</source>
        <translation>Vérifiez votre compte bancaire, puis marquez la facture comme payée ou reprenez les rappels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 promises to pay, without a date: “%2”</source>
        <translation>%1 promet de payer, sans date&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask them for a date, or leave the reminders running.</source>
        <translation>Demandez-lui une date ou laissez les rappels continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 disputes %2: “%3”</source>
        <translation>%1 conteste la facture %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders for this bill are paused until you resolve it.</source>
        <translation>Les rappels de cette facture sont suspendus jusqu’à ce que vous régliez la contestation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested plan: three monthly payments of about %1 (%2 in all).</source>
        <translation>Plan proposé&#xa0;: trois mensualités d’environ %1 (%2 au total).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks to pay in instalments: “%2”</source>
        <translation>%1 demande à payer en plusieurs fois&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reply on %1 said it is the wrong person.</source>
        <translation>Une réponse reçue par %1 indique qu’il ne s’agit pas de la bonne personne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 contact of %2 says it is the wrong person: “%3”</source>
        <translation>Le contact %1 de %2 indique qu’il ne s’agit pas de la bonne personne&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the client&apos;s contact details; nothing more goes to that %1 contact.</source>
        <translation>Vérifiez les coordonnées du client&#xa0;; plus rien ne sera envoyé à ce contact %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot act on the reply: %1</source>
        <translation>Impossible de traiter la réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <location filename="../core/Seeder.cpp" line="+80"/>
        <source>Seeding needs at least one client and no negative number of bills.</source>
        <translation>Pour générer des données de démonstration, il faut au moins un client et un nombre de factures positif ou nul.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Cannot seed the book: %1</source>
        <translation>Impossible de remplir le registre avec des données de démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsBackups</name>
    <message>
        <location filename="../ui/qml/SettingsBackups.qml" line="+15"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is a complete copy of your book: clients, bills, payments and messages.</source>
        <translation>Une sauvegarde est une copie complète de votre registre&#xa0;: clients, factures, paiements et messages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Folder for backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back up into</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder for backups</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the book now</source>
        <translation>Sauvegarder le registre maintenant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backups in this folder</source>
        <translation>Sauvegardes dans ce dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Going back to a backup</source>
        <translation>Revenir à une sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup is a book of its own. To go back to one, quit DueDesk, keep your current book somewhere safe, and copy the backup in its place:
%1
You can also open a backup without replacing anything: start DueDesk with --db and the backup&apos;s file.</source>
        <translation>Une sauvegarde est un registre à part entière. Pour y revenir, quittez DueDesk, mettez votre registre actuel en lieu sûr et copiez la sauvegarde à sa place&#xa0;:
%1
Vous pouvez aussi ouvrir une sauvegarde sans rien remplacer&#xa0;: lancez DueDesk avec --db et le fichier de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SettingsBusiness</name>
    <message>
        <location filename="../ui/qml/SettingsBusiness.qml" line="+14"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders are signed with your business name and show amounts in your currency.</source>
        <translation>Les rappels sont signés du nom de votre entreprise et indiquent les montants dans votre devise.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Brightwater Plumbing</source>
        <translation>Plomberie Brightwater</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders written in</source>
        <translation>Langue des rappels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the reminders</source>
        <translation>Langue des rappels</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the business profile</source>
        <translation>Enregistrer le profil de l’entreprise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Language of DueDesk</source>
        <translation>Langue de DueDesk</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The language of DueDesk&apos;s own screens, for you on this computer. It changes at once.</source>
        <translation>La langue des écrans de DueDesk, pour vous sur cet ordinateur. Le changement est immédiat.</translation>
    </message>
</context>
<context>
    <name>SettingsChannels</name>
    <message>
        <location filename="../ui/qml/SettingsChannels.qml" line="+18"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the ways DueDesk sends reminders. Passwords and tokens are kept in your system&apos;s keychain.</source>
        <translation>Configurez les moyens par lesquels DueDesk envoie les rappels. Les mots de passe et les jetons sont conservés dans le trousseau de votre système.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 status: %2</source>
        <translation>État de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 now: %2</source>
        <translation>%1, état actuel&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stored in the keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stored yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the %1 in the keychain</source>
        <translation>Enregistrer le %1 dans le trousseau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the %1 connection</source>
        <translation>Tester la connexion %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="+24"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
</context>
<context>
    <name>SettingsReminders</name>
    <message>
        <location filename="../ui/qml/SettingsReminders.qml" line="+13"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A policy is the series of reminders a client gets for a late bill. Clients follow Standard unless you choose another for them.</source>
        <translation>Une séquence de rappels est la série de rappels qu’un client reçoit pour une facture en retard. Les clients suivent la séquence Standard, sauf si vous leur en choisissez une autre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy to edit</source>
        <translation>Séquence à modifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as a new policy</source>
        <translation>Copier comme nouvelle séquence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this policy as a new one</source>
        <translation>Copier cette séquence pour en créer une nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy name</source>
        <translation>Nom de la séquence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most a week</source>
        <translation>Maximum par semaine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most reminders a client gets in a week</source>
        <translation>Nombre maximal de rappels qu’un client reçoit par semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent without asking me</source>
        <translation>Envoyés sans me demander</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I approve every message first</source>
        <translation>Je valide chaque message avant l’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send reminders without approval</source>
        <translation>Envoyer les rappels sans validation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move step %1 up</source>
        <translation>Monter l’étape %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move step %1 down</source>
        <translation>Descendre l’étape %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove step %1</source>
        <translation>Supprimer l’étape %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When step %1 goes out</source>
        <translation>Moment d’envoi de l’étape %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days from the due date (negative: before it)</source>
        <translation>Jours par rapport à l’échéance (négatif&#xa0;: avant)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message of step %1</source>
        <translation>Message de l’étape %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tone of step %1</source>
        <translation>Ton de l’étape %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channel of step %1</source>
        <translation>Canal de l’étape %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step to the policy</source>
        <translation>Ajouter une étape à la séquence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save policy</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the policy</source>
        <translation>Enregistrer la séquence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the changes to the policy</source>
        <translation>Annuler les modifications de la séquence</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quiet hours</source>
        <translation>Heures de silence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminder goes out in these hours; messages wait until the quiet hours end. They apply to every policy.</source>
        <translation>Aucun rappel n’est envoyé pendant ces heures&#xa0;; les messages attendent la fin des heures de silence. Elles s’appliquent à toutes les séquences.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours start</source>
        <translation>Début des heures de silence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours end</source>
        <translation>Fin des heures de silence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminders on Sundays</source>
        <translation>Pas de rappels le dimanche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save quiet hours</source>
        <translation>Enregistrer les horaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the quiet hours</source>
        <translation>Enregistrer les heures de silence</translation>
    </message>
</context>
<context>
    <name>SettingsTemplates</name>
    <message>
        <location filename="../ui/qml/SettingsTemplates.qml" line="+14"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change how a message reads. Words in braces, like {amount}, are filled in for each client.</source>
        <translation>Modifiez le texte d’un message. Les mots entre accolades, comme {amount}, sont remplacés pour chaque client.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your wording</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed by you</source>
        <translation>Modifié par vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DueDesk&apos;s wording</source>
        <translation>Texte de DueDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the email</source>
        <translation>Objet de l’e-mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One paragraph a line</source>
        <translation>Un paragraphe par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the message, one paragraph a line</source>
        <translation>Texte du message, un paragraphe par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One paragraph a line. You can use: %1</source>
        <translation>Un paragraphe par ligne. Vous pouvez utiliser&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save wording</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this wording</source>
        <translation>Enregistrer ce texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use DueDesk&apos;s wording</source>
        <translation>Texte de DueDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to DueDesk&apos;s wording</source>
        <translation>Revenir au texte de DueDesk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview for a sample client</source>
        <translation>Aperçu pour un client fictif</translation>
    </message>
</context>
<context>
    <name>SnapshotMessage</name>
    <message>
        <location filename="../core/SnapshotMessage.cpp" line="+25"/>
        <source>so far this week</source>
        <translation>depuis le début de la semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last week</source>
        <translation>la semaine dernière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the week of %1</source>
        <translation>la semaine du %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cash snapshot is incomplete: %1</source>
        <translation>Le point de trésorerie est incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 came in %2</source>
        <translation>Vous avez encaissé %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing came in %1</source>
        <translation>Vous n’avez rien encaissé %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, and nobody owes you anything.</source>
        <translation>%1, et personne ne vous doit rien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 is still owed, none of it overdue.</source>
        <translation>%1&#xa0;; il reste %2 à encaisser, rien n’est en retard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 is still owed, %3 of it overdue.</source>
        <translation>%1&#xa0;; il reste %2 à encaisser, dont %3 en retard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash snapshot, week of %1 (figures as of %2)</source>
        <translation>Point de trésorerie, semaine du %1 (chiffres au %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding: %1</source>
        <translation>À encaisser&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in: %1</source>
        <translation>Encaissé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised: %1</source>
        <translation>Promis&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO: %1 days</source>
        <translation>DSO&#xa0;: %1 jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue by age</source>
        <translation>Retards par ancienneté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-30 days: %1</source>
        <translation>1 à 30 jours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31-60 days: %1</source>
        <translation>31 à 60 jours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61-90 days: %1</source>
        <translation>61 à 90 jours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days: %1</source>
        <translation>Plus de 90 jours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payments are promised for the week.</source>
        <translation>Aucun paiement n’est promis pour la semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised for the week</source>
        <translation>Promis pour la semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2, %3 (bill %4)</source>
        <translation>%1&#xa0;: %2, %3 (facture %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>...and %n more</source>
        <translation>
            <numerusform>...et %n autre</numerusform>
            <numerusform>...et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owed the most</source>
        <translation>Ceux qui vous doivent le plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (dont %2 en retard)</translation>
    </message>
</context>
<context>
    <name>TemplateOverrides</name>
    <message>
        <location filename="../core/TemplateOverrides.cpp" line="+105"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation>Il n’existe aucun modèle de message de type «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language the message is written in.</source>
        <translation>Choisissez la langue du message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is empty. Write a text, or reset it to DueDesk&apos;s wording.</source>
        <translation>Le message est vide. Rédigez un texte ou revenez au texte de DueDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email needs a subject.</source>
        <translation>Un e-mail doit avoir un objet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the message: %1</source>
        <translation>Impossible d’enregistrer le message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot reset the message: %1</source>
        <translation>Impossible de rétablir le message&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ToneGrader</name>
    <message numerus="yes">
        <location filename="../core/ToneGrader.cpp" line="+55"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final notice</source>
        <translation>dernier avis</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n promesse de paiement non tenue</numerusform>
            <numerusform>%n promesses de paiement non tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminders ignored</source>
        <translation>
            <numerusform>%n rappel resté sans réponse</numerusform>
            <numerusform>%n rappels restés sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other bills overdue</source>
        <translation>
            <numerusform>%n autre facture en retard</numerusform>
            <numerusform>%n autres factures en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>client for %n years, %1% paid on time</source>
        <translation>
            <numerusform>client depuis %n an, %1&#xa0;% de paiements à l’heure</numerusform>
            <numerusform>client depuis %n ans, %1&#xa0;% de paiements à l’heure</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <comment>tone: reasons</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between two reasons for a tone</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>friendly</source>
        <comment>tone of a reminder</comment>
        <translation>aimable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neutral</source>
        <comment>tone of a reminder</comment>
        <translation>neutre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firm</source>
        <comment>tone of a reminder</comment>
        <translation>ferme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final</source>
        <comment>tone of a reminder</comment>
        <translation>final</translation>
    </message>
</context>
<context>
    <name>WeeklySnapshotSchedule</name>
    <message>
        <location filename="../core/WeeklySnapshotSchedule.cpp" line="+32"/>
        <source>Cannot record the weekly snapshot&apos;s state: %1</source>
        <translation>Impossible d’enregistrer l’état du point de trésorerie hebdomadaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The weekly snapshot needs a day from 1 (Monday) to 7 (Sunday) and an hour from 0 to 23.</source>
        <translation>Le point de trésorerie hebdomadaire a besoin d’un jour de 1 (lundi) à 7 (dimanche) et d’une heure de 0 à 23.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The weekly summary is off.</source>
        <translation>Le récapitulatif hebdomadaire est désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next summary: %1 at %2</source>
        <translation>Prochain récapitulatif&#xa0;: %1 à %2</translation>
    </message>
</context>
<context>
    <name>WhatsAppMessages</name>
    <message>
        <location filename="../bridges/WhatsAppMessages.cpp" line="+83"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>WhatsAppOwnerInbox</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerInbox.cpp" line="+75"/>
        <source>A WhatsApp message for the owner has no id.</source>
        <translation>Un message WhatsApp destiné au propriétaire n’a pas d’identifiant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A WhatsApp message for the owner could not be stored: %1</source>
        <translation>Impossible d’enregistrer un message WhatsApp destiné au propriétaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WhatsAppWebhookParser</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookParser.cpp" line="+140"/>
        <source>The WhatsApp notification is not a JSON object.</source>
        <translation>La notification WhatsApp n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notification is not from a WhatsApp Business account.</source>
        <translation>La notification ne provient pas d’un compte WhatsApp Business.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A WhatsApp notification entry has no list of changes.</source>
        <translation>Une entrée de la notification WhatsApp n’a pas de liste de changements.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A WhatsApp message in the notification is incomplete.</source>
        <translation>Un message WhatsApp de la notification est incomplet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WhatsApp delivery status in the notification is incomplete.</source>
        <translation>Un statut de remise WhatsApp de la notification est incomplet.</translation>
    </message>
</context>
<context>
    <name>duedesk::ActivityModel</name>
    <message>
        <location filename="../ui/ActivityModel.cpp" line="+135"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message service</source>
        <translation>Service de messagerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DueDesk</source>
        <translation>DueDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminder drafted for %1</source>
        <translation>Rappel rédigé pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder approved automatically for %1</source>
        <translation>Rappel validé automatiquement pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder approved for %1</source>
        <translation>Rappel validé pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder skipped for %1</source>
        <translation>Rappel écarté pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder edited for %1</source>
        <translation>Rappel modifié pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra reminder drafted for %1</source>
        <translation>Rappel supplémentaire rédigé pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder handed to the message service for %1</source>
        <translation>Rappel transmis au service de messagerie pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder sent for %1</source>
        <translation>Rappel envoyé pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 could not be sent: %2</source>
        <translation>Le rappel pour %1 n’a pas pu être envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 could not be sent</source>
        <translation>Le rappel pour %1 n’a pas pu être envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 may not have been sent: %2</source>
        <translation>Le rappel pour %1 n’a peut-être pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 may not have been sent</source>
        <translation>Le rappel pour %1 n’a peut-être pas été envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 was not sent: %2</source>
        <translation>Le rappel pour %1 n’a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 was not sent</source>
        <translation>Le rappel pour %1 n’a pas été envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder delivered for %1</source>
        <translation>Rappel distribué pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder read for %1</source>
        <translation>Rappel lu pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder for %1 could not be delivered</source>
        <translation>Le rappel pour %1 n’a pas pu être distribué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment of %1 recorded for %2: paid in full</source>
        <translation>Paiement de %1 enregistré pour %2&#xa0;: facture entièrement payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of %1 recorded for %2</source>
        <translation>Paiement de %1 enregistré pour %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2</source>
        <translation>Promesse de payer %1 au plus tard le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2 was not kept</source>
        <translation>Promesse de payer %1 au plus tard le %2 non tenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 written off (%2)</source>
        <translation>%1 passée en perte (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply received for %1</source>
        <translation>Réponse reçue pour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply for %1 handed to you: they say it is paid</source>
        <translation>Réponse pour %1 qui vous est confiée&#xa0;: le client dit avoir payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they dispute the bill</source>
        <translation>Réponse pour %1 qui vous est confiée&#xa0;: le client conteste la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they ask for a payment plan</source>
        <translation>Réponse pour %1 qui vous est confiée&#xa0;: le client demande un échéancier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: a promise without a date</source>
        <translation>Réponse pour %1 qui vous est confiée&#xa0;: une promesse sans date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they say it is the wrong person</source>
        <translation>Réponse pour %1 qui vous est confiée&#xa0;: il ne s’agirait pas de la bonne personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply for %1 handed to you</source>
        <translation>Réponse pour %1 qui vous est confiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for no more messages by %2</source>
        <translation>%1 a demandé à ne plus recevoir de messages par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 marked as disputed</source>
        <translation>%1 marquée comme contestée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute on %1 resolved</source>
        <translation>Contestation de %1 réglée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders paused for %1 while you check a payment</source>
        <translation>Rappels suspendus pour %1, le temps que vous vérifiiez un paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed for %1</source>
        <translation>Rappels repris pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped for %1</source>
        <translation>Rappels arrêtés pour %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Checking every entry…</source>
        <translation>Vérification de chaque entrée…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The one entry checks out: nothing was changed or removed.</source>
        <translation>L’unique entrée est vérifiée&#xa0;: rien n’a été modifié ni supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 entries check out: nothing was changed or removed.</source>
        <translation>Les %1 entrées sont vérifiées&#xa0;: rien n’a été modifié ni supprimé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry %1 does not check out (%2). The trail may have been changed outside DueDesk from there on.</source>
        <translation>L’entrée %1 ne passe pas la vérification (%2). Le journal a peut-être été modifié en dehors de DueDesk à partir de là.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was recorded on %1 at %2: “%3”.</source>
        <translation>Elle a été enregistrée le %1 à %2&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>duedesk::BackupModel</name>
    <message>
        <location filename="../ui/BackupModel.cpp" line="+94"/>
        <source>Backed up to %1.</source>
        <translation>Sauvegarde effectuée dans %1.</translation>
    </message>
</context>
<context>
    <name>duedesk::BillDetails</name>
    <message>
        <location filename="../ui/BillDetails.cpp" line="+73"/>
        <source>Waiting for the payment promised by %1</source>
        <translation>En attente du paiement promis pour le %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>A %1 reminder by %2 is waiting for your approval</source>
        <translation>Un rappel %1 par %2 attend votre validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You skipped a %1 reminder by %2</source>
        <translation>Vous avez écarté un rappel %1 par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was cancelled</source>
        <translation>Un rappel %1 par %2 a été annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 is approved and waiting to be sent</source>
        <translation>Un rappel %1 par %2 est validé et attend d’être envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was sent by %2</source>
        <translation>Un rappel %1 a été envoyé par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was delivered by %2</source>
        <translation>Un rappel %1 a été distribué par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was read</source>
        <translation>Un rappel %1 envoyé par %2 a été lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 could not be sent</source>
        <translation>Un rappel %1 par %2 n’a pas pu être envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 may not have arrived: please check</source>
        <translation>Un rappel %1 par %2 n’est peut-être pas arrivé&#xa0;: veuillez vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was approved</source>
        <translation>Un rappel %1 par %2 a été validé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply by %1: “%2”</source>
        <translation>Réponse par %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment of %1 received</source>
        <translation>Paiement de %1 reçu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The client promised to pay by %1</source>
        <translation>Le client a promis de payer au plus tard le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised payment did not arrive</source>
        <translation>Le paiement promis n’est pas arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as disputed: reminders paused</source>
        <translation>Marquée comme contestée&#xa0;: rappels suspendus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute resolved: reminders resumed</source>
        <translation>Contestation réglée&#xa0;: rappels repris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation>Rappels arrêtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed</source>
        <translation>Rappels repris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client says it is paid: reminders paused for you to check</source>
        <translation>Le client dit qu’elle est payée&#xa0;: rappels suspendus, à vous de vérifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chased this bill by hand</source>
        <translation>Vous avez relancé cette facture manuellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Passée en perte</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Choose a bill first.</source>
        <translation>Choisissez d’abord une facture.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Enter the amount you received.</source>
        <translation>Saisissez le montant reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still owed.</source>
        <translation>C’est plus que les %1 restant dus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the promised day as year-month-day, for example %1.</source>
        <translation>Saisissez la date promise au format année-mois-jour, par exemple %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only a bill with something still owed can be written off.</source>
        <translation>Seule une facture qui a encore un montant dû peut être passée en perte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written off</source>
        <translation>passée en perte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the bill off: %1</source>
        <translation>Impossible de passer la facture en perte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::BillListModel</name>
    <message>
        <location filename="../ui/BillListModel.cpp" line="+68"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Passée en perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders on</source>
        <translation>Rappels actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a promised payment</source>
        <translation>En attente d’un paiement promis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while disputed</source>
        <translation>Suspendus pendant la contestation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: client says it is paid</source>
        <translation>Suspendus&#xa0;: le client dit qu’elle est payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation>Rappels arrêtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more reminders</source>
        <translation>Plus de rappels</translation>
    </message>
</context>
<context>
    <name>duedesk::BookChooser</name>
    <message>
        <location filename="../ui/BookChooser.cpp" line="+120"/>
        <source>Please enter the name of your business.</source>
        <translation>Veuillez saisir le nom de votre entreprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DueDesk does not know the currency %1.</source>
        <translation>DueDesk ne connaît pas la devise %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose the country or region your business is in.</source>
        <translation>Veuillez choisir le pays ou la région de votre entreprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a book at %1. Open it instead.</source>
        <translation>Il existe déjà un registre à l’emplacement %1. Ouvrez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>duedesk::BridgeHost</name>
    <message>
        <location filename="../bridges/BridgeHost.cpp" line="+62"/>
        <source>Your assistant needs a Telegram bot of its own: this token is your business bot&apos;s, which your clients write to. Create a second bot with @BotFather.</source>
        <translation>Votre assistant a besoin de son propre bot Telegram&#xa0;: ce jeton est celui du bot de votre entreprise, auquel vos clients écrivent. Créez un second bot avec @BotFather.</translation>
    </message>
</context>
<context>
    <name>duedesk::BusinessProfile</name>
    <message>
        <location filename="../ui/BusinessProfile.cpp" line="+121"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your business name: it signs every reminder.</source>
        <translation>Saisissez le nom de votre entreprise&#xa0;: il signe chaque rappel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a currency DueDesk knows. Use a three-letter code such as GBP or EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une devise connue de DueDesk. Utilisez un code à trois lettres comme EUR ou GBP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the country your business is in.</source>
        <translation>Choisissez le pays de votre entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language your reminders are written in.</source>
        <translation>Choisissez la langue de rédaction de vos rappels.</translation>
    </message>
</context>
<context>
    <name>duedesk::CallQueueModel</name>
    <message>
        <location filename="../ui/CallQueueModel.cpp" line="+100"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>duedesk::CashModel</name>
    <message>
        <location filename="../ui/CashModel.cpp" line="+58"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
</context>
<context>
    <name>duedesk::ChannelSettings</name>
    <message>
        <location filename="../ui/ChannelSettings.cpp" line="+21"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your own mailbox and reads the answers. Your email provider lists these settings.</source>
        <translation>Envoie les rappels depuis votre propre boîte mail et lit les réponses. Votre fournisseur de messagerie indique ces paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Serveur sortant (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing port</source>
        <translation>Port sortant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming server (IMAP)</source>
        <translation>Serveur entrant (IMAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming port</source>
        <translation>Port entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send as</source>
        <translation>Envoyer en tant que</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your business&apos;s Telegram bot. @BotFather gives you its token.</source>
        <translation>Envoie les rappels depuis le bot Telegram de votre entreprise. @BotFather vous fournit son jeton.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+23"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders through the WhatsApp Business platform, with an access token from Meta.</source>
        <translation>Envoie les rappels via la plateforme WhatsApp Business, avec un jeton d’accès fourni par Meta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>Identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends text messages through your SMS provider&apos;s account.</source>
        <translation>Envoie des SMS via le compte de votre fournisseur SMS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth token</source>
        <translation>Jeton d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account ID</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from number</source>
        <translation>Numéro d’expéditeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp replies</source>
        <translation>Réponses WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta sends replies and delivery reports to a webhook, signed with your app&apos;s secret. Enter the secret and the verify token you chose in Meta&apos;s dashboard.</source>
        <translation>Meta envoie les réponses et les statuts de remise à un webhook, signés avec le secret de votre application. Saisissez ce secret et le jeton de vérification que vous avez choisi dans le tableau de bord de Meta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App secret</source>
        <translation>Secret de l’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Jeton de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay for WhatsApp replies</source>
        <translation>Relais pour les réponses WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this computer cannot be reached from the internet, run duedesk-relay on a server: it receives Meta&apos;s webhook and passes it on here. Enter its address and the key you gave it.</source>
        <translation>Si cet ordinateur n’est pas joignable depuis Internet, lancez duedesk-relay sur un serveur&#xa0;: il reçoit le webhook de Meta et le transmet ici. Saisissez son adresse et la clé que vous lui avez attribuée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay key</source>
        <translation>Clé du relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>Adresse du relais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your assistant on Telegram</source>
        <translation>Votre assistant sur Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second Telegram bot that talks only to you: it brings you reminders to approve with one tap, takes requests like “Rachel paid” and sends your weekly cash summary. Create it with @BotFather, separate from the bot your clients use.</source>
        <translation>Un second bot Telegram qui ne parle qu’à vous&#xa0;: il vous apporte les rappels à valider d’un simple appui, prend en compte des demandes comme «&#xa0;Rachel paid&#xa0;» et vous envoie votre récapitulatif hebdomadaire de trésorerie. Créez-le avec @BotFather, séparément du bot qu’utilisent vos clients.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last test failed (%1): %2</source>
        <translation>Échec du dernier test (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set up: fill in the fields marked as needed.</source>
        <translation>Non configuré&#xa0;: remplissez les champs obligatoires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up: the %1 is missing.</source>
        <translation>Non configuré&#xa0;: il manque le %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working (tested %1): %2</source>
        <translation>Opérationnel (testé le %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up, not tested yet.</source>
        <translation>Configuré, pas encore testé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your assistant cannot reach Telegram: %1</source>
        <translation>Votre assistant ne parvient pas à joindre Telegram&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paired with your phone: reminders to approve and your weekly summary go there.</source>
        <translation>Associé à votre téléphone&#xa0;: les rappels à valider et votre récapitulatif hebdomadaire y sont envoyés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, not paired yet: press “Pair my phone” below.</source>
        <translation>En marche, pas encore associé&#xa0;: appuyez sur «&#xa0;Associer mon téléphone&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending now…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting until %1 before sending again.</source>
        <translation>En attente jusqu’à %1 avant un nouvel envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting until %1 before sending again: %2</source>
        <translation>En attente jusqu’à %1 avant un nouvel envoi&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1 after repeated failures: %2</source>
        <translation>Suspendu jusqu’à %1 après des échecs répétés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Running: %n message(s) sent since DueDesk started.</source>
        <translation>
            <numerusform>En marche&#xa0;: %n message envoyé depuis le lancement de DueDesk.</numerusform>
            <numerusform>En marche&#xa0;: %n messages envoyés depuis le lancement de DueDesk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: nothing waiting to be sent.</source>
        <translation>En marche&#xa0;: rien n’attend d’être envoyé.</translation>
    </message>
</context>
<context>
    <name>duedesk::ChatCompletionsClient</name>
    <message>
        <location filename="../bridges/ChatCompletionsClient.cpp" line="+53"/>
        <source>the model server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>l’adresse du serveur de modèle doit être une URL http:// ou https://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no model name is set for the model server</source>
        <translation>aucun nom de modèle n’est défini pour le serveur de modèle</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the model server did not answer within %1 ms</source>
        <translation>le serveur de modèle n’a pas répondu dans les %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server&apos;s answer is larger than %1 bytes</source>
        <translation>la réponse du serveur de modèle dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server answered HTTP %1: %2</source>
        <translation>le serveur de modèle a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the model server: %1</source>
        <translation>impossible de joindre le serveur de modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the model server&apos;s answer is not a chat completion</source>
        <translation>la réponse du serveur de modèle n’est pas une réponse de type chat completion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model&apos;s answer is not a JSON object: %1</source>
        <translation>la réponse du modèle n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::ClientDetails</name>
    <message>
        <location filename="../ui/ClientDetails.cpp" line="+48"/>
        <source>Approved, waiting to be sent</source>
        <translation>Validé, en attente d’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be sent</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May not have arrived: please check</source>
        <translation>N’est peut-être pas arrivé&#xa0;: veuillez vérifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Says it is paid</source>
        <translation>Dit avoir payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises to pay</source>
        <translation>Promet de payer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes the bill</source>
        <translation>Conteste la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for a copy of the bill</source>
        <translation>Demande une copie de la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks to pay in instalments</source>
        <translation>Demande à payer en plusieurs fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for no more messages</source>
        <translation>Demande à ne plus recevoir de messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Says it is the wrong person</source>
        <translation>Dit ne pas être la bonne personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not understood: handed to you</source>
        <translation>Non compris&#xa0;: à traiter par vous</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Client since %1</source>
        <translation>Client depuis %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat %1</source>
        <translation>Discussion %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turned off by you on %1</source>
        <translation>Désactivé par vous le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out on %1</source>
        <translation>Désinscrit le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turned on by you on %1</source>
        <translation>Activé par vous le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>Accepté le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed unless the client opts out</source>
        <translation>Autorisé sauf désinscription du client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No address for this channel</source>
        <translation>Aucune adresse pour ce canal</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Segment default (%1)</source>
        <translation>Séquence par défaut du segment (%1)</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Choose a client first.</source>
        <translation>Choisissez d’abord un client.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>There is no channel called “%1”.</source>
        <translation>Il n’existe aucun canal nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no segment called “%1”.</source>
        <translation>Il n’existe aucun segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>duedesk::ClientListModel</name>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="+71"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Government</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>duedesk::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+31"/>
        <source>Not due yet</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–30 days overdue</source>
        <translation>1–30 jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>31–60 days overdue</source>
        <translation>31–60 jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>61–90 days overdue</source>
        <translation>61–90 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duedesk::EnvironmentSecretStore</name>
    <message>
        <location filename="../bridges/SecretStore.cpp" line="+71"/>
        <source>Secrets cannot be stored in a headless run: set %1 in the environment instead.</source>
        <translation>Les secrets ne peuvent pas être enregistrés lors d’une exécution sans interface&#xa0;: définissez plutôt %1 dans l’environnement.</translation>
    </message>
</context>
<context>
    <name>duedesk::KeychainSecretStore</name>
    <message>
        <location line="-31"/>
        <source>Cannot read from the system keychain: %1</source>
        <translation>Impossible de lire le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot store the secret in the system keychain: %1</source>
        <translation>Impossible d’enregistrer le secret dans le trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::ModelReplyClassifier</name>
    <message>
        <location filename="../bridges/ModelReplyClassifier.cpp" line="+110"/>
        <source>the model answered an unknown intent &quot;%1&quot;</source>
        <translation>le modèle a répondu par une intention inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model&apos;s confidence is not a number from 0 to 1</source>
        <translation>l’indice de confiance du modèle n’est pas un nombre compris entre 0 et 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model&apos;s promise date &quot;%1&quot; is not a date</source>
        <translation>la date de promesse donnée par le modèle, «&#xa0;%1&#xa0;», n’est pas une date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s promise date %1 is not between today and a year from now</source>
        <translation>la date de promesse donnée par le modèle, %1, n’est pas comprise entre aujourd’hui et dans un an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model&apos;s promise date is not a date</source>
        <translation>la date de promesse donnée par le modèle n’est pas une date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model&apos;s amount %1 is not a positive number</source>
        <translation>le montant donné par le modèle, %1, n’est pas un nombre positif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s amount is not a number</source>
        <translation>le montant donné par le modèle n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>model not used: %1</source>
        <translation>modèle non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the model (%1) was no surer than the rules</source>
        <translation>le modèle (%1) n’était pas plus sûr que les règles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model %1: %2 (the rules said: %3)</source>
        <translation>modèle %1&#xa0;: %2 (selon les règles&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>duedesk::NetworkConnectionTester</name>
    <message>
        <location filename="../bridges/ConnectionTest.cpp" line="+67"/>
        <source>DueDesk does not know the channel &quot;%1&quot;.</source>
        <translation>DueDesk ne connaît pas le canal «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the outgoing mail server (SMTP) first.</source>
        <translation>Saisissez d’abord le serveur de messagerie sortant (SMTP).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mail server answered: %1</source>
        <translation>Le serveur de messagerie a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server refused the connection: %1</source>
        <translation>Le serveur de messagerie a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1:%2: %3</source>
        <translation>Impossible de joindre %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2 did not answer in time.</source>
        <translation>%1:%2 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the token first.</source>
        <translation>Saisissez d’abord le jeton.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the WhatsApp phone number ID first.</source>
        <translation>Saisissez d’abord l’identifiant du numéro de téléphone WhatsApp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the SMS account ID first.</source>
        <translation>Saisissez d’abord l’identifiant du compte SMS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Telegram did not accept the token.</source>
        <translation>Telegram n’a pas accepté le jeton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept the token (HTTP %1).</source>
        <translation>Le service n’a pas accepté le jeton (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the service: %1</source>
        <translation>Impossible de joindre le service&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::OwnerAssistant</name>
    <message>
        <location filename="../ui/OwnerAssistant.cpp" line="+34"/>
        <source>Sent to your phone.</source>
        <translation>Envoyé sur votre téléphone.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The summary could not be sent: %1</source>
        <translation>Le récapitulatif n’a pas pu être envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Someone other than you wrote to your assistant %n time(s), last on %1. It did not answer them.</source>
        <translation>
            <numerusform>Quelqu’un d’autre que vous a écrit %n fois à votre assistant, le %1. Il n’a pas répondu.</numerusform>
            <numerusform>Quelqu’un d’autre que vous a écrit %n fois à votre assistant, la dernière fois le %1. Il n’a pas répondu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On your phone, send /start %1 to your assistant bot in Telegram, or start %1 to your business&apos;s WhatsApp number. The code works once, until %2.</source>
        <translation>Sur votre téléphone, envoyez /start %1 à votre bot assistant dans Telegram, ou start %1 au numéro WhatsApp de votre entreprise. Le code n’est valable qu’une fois, jusqu’à %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not make a pairing code: %1</source>
        <translation>Impossible de créer un code d’association&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not unpair: %1</source>
        <translation>Impossible de dissocier le téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This week&apos;s summary goes out in a moment.</source>
        <translation>Le récapitulatif de cette semaine part dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week&apos;s summary goes out as soon as your phone is paired.</source>
        <translation>Le récapitulatif de cette semaine partira dès que votre téléphone sera associé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the weekly summary&apos;s time: %1</source>
        <translation>Impossible d’enregistrer l’horaire du récapitulatif hebdomadaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pair your phone with your assistant first (Settings &gt; Channels).</source>
        <translation>Associez d’abord votre téléphone à votre assistant (Paramètres &gt; Canaux).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending this week&apos;s summary to your phone…</source>
        <translation>Envoi du récapitulatif de la semaine sur votre téléphone…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary could not be sent: your assistant is not running.</source>
        <translation>Le récapitulatif n’a pas pu être envoyé&#xa0;: votre assistant n’est pas en marche.</translation>
    </message>
</context>
<context>
    <name>duedesk::PolicyEditor</name>
    <message>
        <location filename="../ui/PolicyEditor.cpp" line="+24"/>
        <source>Heads-up</source>
        <translation>Avis préalable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final notice</source>
        <translation>Dernier avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Client&apos;s preferred channel</source>
        <translation>Canal préféré du client</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days from the due date</source>
        <translation>Jours par rapport à l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On becoming %1</source>
        <translation>Au passage à %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the policy a name.</source>
        <translation>Donnez un nom à la séquence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs at least one step. Add a step, or keep the policy as it was.</source>
        <translation>Une séquence doit comporter au moins une étape. Ajoutez une étape ou gardez la séquence telle qu’elle était.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow at least one reminder a week; %1 would stop every reminder.</source>
        <translation>Autorisez au moins un rappel par semaine&#xa0;; %1 bloquerait tous les rappels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 7 reminders a week: more would feel like pressure to a client.</source>
        <translation>7 rappels par semaine au maximum&#xa0;: au-delà, le client se sentirait mis sous pression.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 has no message chosen.</source>
        <translation>Aucun message n’est choisi pour l’étape %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is %2 days from the due date; choose between 60 days before and 365 days after.</source>
        <translation>L’étape %1 est à %2 jours de l’échéance&#xa0;; choisissez une valeur entre 60 jours avant et 365 jours après.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 is the final notice, so it must be the last step.</source>
        <translation>L’étape %1 est le dernier avis, elle doit donc être la dernière étape.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is a heads-up, which goes before the due date; choose a reminder instead.</source>
        <translation>L’étape %1 est un avis préalable, qui part avant l’échéance&#xa0;; choisissez plutôt un rappel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 comes on day %2, not after step %3 (day %4). Put the steps in order of days.</source>
        <translation>L’étape %1 tombe le jour %2, pas après l’étape %3 (jour %4). Classez les étapes par ordre de jours.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Saved. Reminders already planned now follow these steps.</source>
        <translation>Enregistré. Les rappels déjà planifiés suivent maintenant ces étapes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiet hours saved: no reminders go out from %1 to %2%3.</source>
        <translation>Heures de silence enregistrées&#xa0;: aucun rappel n’est envoyé de %1 à %2%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, nor on Sundays</source>
        <translation>, ni le dimanche</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When the bill becomes %1</source>
        <translation>Quand la facture passe à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before the due date</source>
        <translation>1 jour avant l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days before the due date</source>
        <translation>%1 jours avant l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the due date</source>
        <translation>Le jour de l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day after the due date</source>
        <translation>1 jour après l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days after the due date</source>
        <translation>%1 jours après l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client&apos;s preferred channel</source>
        <translation>le canal préféré du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3, by %4</source>
        <translation>%1&#xa0;: %2, %3, par %4</translation>
    </message>
</context>
<context>
    <name>duedesk::Relay</name>
    <message>
        <location filename="../app/relay/main.cpp" line="+56"/>
        <source>Receives WhatsApp webhooks on a public host and forwards them to the DueDesk desktop over a WebSocket.
It speaks plain HTTP and WebSocket and listens on loopback by default: put it behind a TLS reverse proxy
(https:// for Meta&apos;s webhook, wss:// for the desktop) and never expose these ports directly.
Secrets come from the environment only, never from the command line:
  DUEDESK_WHATSAPP_APP_SECRET    the app secret that signs Meta&apos;s notifications (required)
  DUEDESK_WHATSAPP_VERIFY_TOKEN  the verify token entered in Meta&apos;s app dashboard
  DUEDESK_RELAY_KEY              the key the desktop authenticates with (required)
  DUEDESK_RELAY_STORE            the store file, when --store is not given</source>
        <translation>Reçoit les webhooks WhatsApp sur un hôte public et les transmet à l’application de bureau DueDesk via WebSocket.
Il parle HTTP et WebSocket en clair et écoute par défaut sur l’interface locale (loopback)&#xa0;: placez-le derrière un proxy inverse TLS
(https:// pour le webhook de Meta, wss:// pour l’application de bureau) et n’exposez jamais ces ports directement.
Les secrets viennent uniquement de l’environnement, jamais de la ligne de commande&#xa0;:
  DUEDESK_WHATSAPP_APP_SECRET    le secret de l’application, qui signe les notifications de Meta (obligatoire)
  DUEDESK_WHATSAPP_VERIFY_TOKEN  le jeton de vérification saisi dans le tableau de bord de l’application Meta
  DUEDESK_RELAY_KEY              la clé avec laquelle l’application de bureau s’authentifie (obligatoire)
  DUEDESK_RELAY_STORE            le fichier de stockage, si --store n’est pas indiqué</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address for Meta&apos;s webhook (default 127.0.0.1).</source>
        <translation>Adresse du webhook de Meta (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for Meta&apos;s webhook (default 8480).</source>
        <translation>Port du webhook de Meta (8480 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of the webhook (default /whatsapp/webhook).</source>
        <translation>Chemin du webhook (/whatsapp/webhook par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address for the desktop&apos;s WebSocket (default 127.0.0.1).</source>
        <translation>Adresse du WebSocket de l’application de bureau (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for the desktop&apos;s WebSocket (default 8481).</source>
        <translation>Port du WebSocket de l’application de bureau (8481 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay&apos;s own SQLite file of received notifications (default: in the user&apos;s data folder).</source>
        <translation>Fichier SQLite propre au relais, avec les notifications reçues (par défaut&#xa0;: dans le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print {&quot;events&quot;:N,&quot;unacknowledged&quot;:M} for the store and exit.</source>
        <translation>Affiche {&quot;events&quot;:N,&quot;unacknowledged&quot;:M} pour le stockage, puis quitte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an address is not an IP address</source>
        <translation>une des adresses n’est pas une adresse IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a port is not a number from 0 to 65535</source>
        <translation>un des ports n’est pas un nombre de 0 à 65535</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>set DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY in the environment</source>
        <translation>définissez DUEDESK_WHATSAPP_APP_SECRET et DUEDESK_RELAY_KEY dans l’environnement</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayClient</name>
    <message>
        <location filename="../bridges/RelayClient.cpp" line="+108"/>
        <source>The relay refused DueDesk&apos;s relay key; check DUEDESK_RELAY_KEY on both sides.</source>
        <translation>Le relais a refusé la clé de relais de DueDesk&#xa0;; vérifiez DUEDESK_RELAY_KEY des deux côtés.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>DueDesk&apos;s WhatsApp webhook refused a relayed notification&apos;s signature; check that the app secret is the same on the desktop and on the relay.</source>
        <translation>Le webhook WhatsApp de DueDesk a refusé la signature d’une notification relayée&#xa0;; vérifiez que le secret de l’application est le même sur l’ordinateur de bureau et sur le relais.</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayServer</name>
    <message>
        <location filename="../app/relay/RelayServer.cpp" line="+60"/>
        <source>DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY must both be set.</source>
        <translation>DUEDESK_WHATSAPP_APP_SECRET et DUEDESK_RELAY_KEY doivent tous deux être définis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook could not listen on %1:%2.</source>
        <translation>Le webhook n’a pas pu écouter sur %1:%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desktop connection could not listen on %1:%2: %3</source>
        <translation>La connexion de l’application de bureau n’a pas pu écouter sur %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayStore</name>
    <message>
        <location filename="../app/relay/RelayStore.cpp" line="+50"/>
        <source>The relay store %1 could not be opened: %2</source>
        <translation>Impossible d’ouvrir le stockage du relais %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay store %1 could not be prepared: %2</source>
        <translation>Impossible de préparer le stockage du relais %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The webhook could not be stored: %1</source>
        <translation>Impossible d’enregistrer le webhook&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The relay store could not be read: %1</source>
        <translation>Impossible de lire le stockage du relais&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramBridge</name>
    <message>
        <location filename="../bridges/TelegramBridge.cpp" line="+79"/>
        <location line="+58"/>
        <source>Telegram did not answer: %1</source>
        <translation>Telegram n’a pas répondu : %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Telegram&apos;s answer could not be read</source>
        <translation>La réponse de Telegram est illisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telegram refused the message: %1</source>
        <translation>Telegram a refusé le message : %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Telegram refused to hand out updates: %1</source>
        <translation>Telegram a refusé de transmettre les nouveautés : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation>Impossible d’enregistrer une nouveauté Telegram : %1</translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramOwnerBot</name>
    <message>
        <location filename="../bridges/TelegramOwnerBot.cpp" line="+103"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation>Impossible d’enregistrer une nouveauté Telegram&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Telegram did not answer: %1</source>
        <translation>Telegram n’a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram refused %1: %2</source>
        <translation>Telegram a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The owner&apos;s Telegram bot is not set up.</source>
        <translation>Le bot Telegram du propriétaire n’est pas configuré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s Telegram bot is still busy with the last round.</source>
        <translation>Le bot Telegram du propriétaire est encore occupé par le tour précédent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Telegram asked to wait until %1.</source>
        <translation>Telegram a demandé d’attendre jusqu’à %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Telegram&apos;s updates could not be read.</source>
        <translation>Impossible de lire les nouveautés Telegram.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>We are already paired: I will send you reminders to approve here.</source>
        <translation>Nous sommes déjà associés&#xa0;: je vous enverrai ici les rappels à valider.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That button is out of date.</source>
        <translation>Ce bouton n’est plus à jour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved — it will go out shortly.</source>
        <translation>Validé — il partira sous peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped.</source>
        <translation>Écarté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the new wording</source>
        <translation>Envoyez-moi le nouveau texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already handled</source>
        <translation>Déjà traité</translation>
    </message>
</context>
<context>
    <name>duedesk::TemplateEditor</name>
    <message>
        <location filename="../ui/TemplateEditor.cpp" line="+43"/>
        <source>Heads-up before the due date</source>
        <translation>Avis avant l’échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final notice</source>
        <translation>Dernier avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks for a promise to pay</source>
        <translation>Remerciement pour une promesse de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of the bill</source>
        <translation>Copie de la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation of “no more messages”</source>
        <translation>Confirmation de désinscription</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the client&apos;s first name</source>
        <translation>le prénom du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bill&apos;s number</source>
        <translation>le numéro de la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount still owed</source>
        <translation>le montant restant dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>la date d’échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days overdue</source>
        <translation>le nombre de jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payment link (a line with it is left out without one)</source>
        <translation>le lien de paiement (sans lien, la ligne qui le contient est omise)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date the client promised</source>
        <translation>la date promise par le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your business name</source>
        <translation>le nom de votre entreprise</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Characters: %1 · Text messages: %2</source>
        <translation>Caractères&#xa0;: %1 · SMS&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters: %1 · Text messages: %2 (special characters make each message shorter)</source>
        <translation>Caractères&#xa0;: %1 · SMS&#xa0;: %2 (les caractères spéciaux raccourcissent chaque SMS)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the text first: %1</source>
        <translation>Corrigez d’abord le texte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. New reminders use your wording.</source>
        <translation>Enregistré. Les nouveaux rappels utilisent votre texte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DueDesk&apos;s wording is back.</source>
        <translation>Le texte de DueDesk est rétabli.</translation>
    </message>
</context>
<context>
    <name>duedesk::TranscriptionClient</name>
    <message>
        <location filename="../bridges/TranscriptionClient.cpp" line="+88"/>
        <source>voice notes are not set up: no transcription server is configured</source>
        <translation>les messages vocaux ne sont pas configurés&#xa0;: aucun serveur de transcription n’est défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transcription server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>l’adresse du serveur de transcription doit être une URL http:// ou https://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the voice note is empty</source>
        <translation>le message vocal est vide</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server did not answer within %1 ms</source>
        <translation>le serveur de transcription n’a pas répondu en moins de %1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transcription server&apos;s answer is larger than %1 bytes</source>
        <translation>la réponse du serveur de transcription dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the transcription server answered HTTP %1: %2</source>
        <translation>le serveur de transcription a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach the transcription server: %1</source>
        <translation>impossible de joindre le serveur de transcription&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server&apos;s answer is not a transcription: %1</source>
        <translation>la réponse du serveur de transcription n’est pas une transcription&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transcription is empty: no speech was recognised in the voice note</source>
        <translation>la transcription est vide&#xa0;: aucune parole n’a été reconnue dans le message vocal</translation>
    </message>
</context>
<context>
    <name>duedesk::TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="+58"/>
        <source>Open DueDesk</source>
        <translation>Ouvrir DueDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>duedesk::WeeklySnapshotSender</name>
    <message>
        <location filename="../bridges/WeeklySnapshotSender.cpp" line="+71"/>
        <source>No chat is paired yet: pair Telegram or WhatsApp in Settings, then try again.</source>
        <translation>Aucune discussion n’est encore associée&#xa0;: associez Telegram ou WhatsApp dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The owner&apos;s chat cannot take messages right now.</source>
        <translation>La discussion du propriétaire ne peut pas recevoir de messages pour le moment.</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppBridge</name>
    <message>
        <location filename="../bridges/WhatsAppBridge.cpp" line="+180"/>
        <source>WhatsApp accepted the message without returning its id.</source>
        <translation>WhatsApp a accepté le message sans renvoyer son identifiant.</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppOwnerChannel</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerChannel.cpp" line="+95"/>
        <source>WhatsApp lets DueDesk write to you only within 24 hours of your last message to the business number; send it any message and this will follow.</source>
        <translation>WhatsApp ne permet à DueDesk de vous écrire que dans les 24 heures qui suivent votre dernier message au numéro de l’entreprise&#xa0;; envoyez-lui un message, n’importe lequel, et ceci suivra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The owner&apos;s WhatsApp assistant is not set up.</source>
        <translation>L’assistant WhatsApp du propriétaire n’est pas configuré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s WhatsApp assistant is still busy with the last round.</source>
        <translation>L’assistant WhatsApp du propriétaire est encore occupé par le tour précédent.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+298"/>
        <source>A WhatsApp message for the owner could not be handled: %1</source>
        <translation>Impossible de traiter un message WhatsApp destiné au propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>the reminder to %1 (%2)</source>
        <translation>le rappel pour %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved: %1 will go out shortly.</source>
        <translation>Validé&#xa0;: %1 partira sous peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped %1.</source>
        <translation>J’ai écarté %1.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Send the reminder above to %1 (%2)?</source>
        <translation>Envoyer le rappel ci-dessus à %1 (%2)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppWebhookServer</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookServer.cpp" line="+34"/>
        <source>The WhatsApp app secret is not set, so notifications could not be verified.</source>
        <translation>Le secret de l’application WhatsApp n’est pas défini : les notifications ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WhatsApp webhook could not listen on %1:%2.</source>
        <translation>Le webhook WhatsApp n’a pas pu écouter sur %1:%2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The WhatsApp notification&apos;s signature does not match; it was ignored.</source>
        <translation>La signature de la notification WhatsApp ne correspond pas ; elle a été ignorée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+82"/>
        <source>DueDesk gets your bills paid.</source>
        <translation>DueDesk vous aide à vous faire payer vos factures.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the book at &lt;path&gt;.</source>
        <translation>Ouvrir le registre situé à l’emplacement &lt;path&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo book (created on first use).</source>
        <translation>Ouvrir le registre de démonstration (créé à la première utilisation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &lt;language&gt; (en, es, fr, de).</source>
        <translation>Utiliser la langue &lt;language&gt; (en, es, fr, de).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the first frame to &lt;file&gt; and quit.</source>
        <translation>Enregistrer la première image dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the milliseconds to the first frame of the dashboard and quit.</source>
        <translation>Afficher le nombre de millisecondes jusqu’à la première image du tableau de bord, puis quitter.</translation>
    </message>
</context>
</TS>
