#include "ReplyLexicon.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace duedesk::nlu {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// The phrase language. Elements are separated by spaces and match canonical tokens (NluText's canonicalWord):
//   a|b|c     one of the words; a trailing '*' matches a prefix ("text*": text, texts, texting); '_' joins the
//             words of a multi-word alternative ("sort_code|bsb"); a hyphenated word is matched as the tokenizer
//             splits it ("re-send" = re, -, send); #amt, #date, #fdate, #num, #cap may be alternatives too
//   ?a|b      an optional word
//   ~N        up to N tokens of anything, within the sentence, never across a negation, a future "will", or a
//             contrast or condition ("but", "back", "if", "until", "because", "or")
//   #amt      an amount; #date a precise date; #fdate a precise date today or later; #when any date or vague time
//   #cap      a capitalised word that does not start its sentence (a name); #num a number
//   !a|b      (first) none of the three tokens before the phrase is one of these words
//   -a|b      (last) none of the three tokens after the phrase is one of these words
//   ^ and $   the phrase starts the message / nothing but punctuation, emoji or filler words follows it
// Flags: N = dropped when a negation comes just before it ("haven't paid", "don't stop"); X = exclusive: cues that
// start inside it are dropped ("wrong number" is not a wrong bill, "sent it to my accountant" is not a payment).

enum Flag : quint8 { None = 0, N = 1, X = 2 };

struct Phrase {
    const char *pattern;
    Cue cue;
    float weight;
    quint8 flags;
};

// Words before a past-tense payment verb that make it future, conditional or not the client's: "will be paid",
// "when I get paid", "until it's paid off", "to clear".
#define NOT_FUTURE NOT_FUTURE_BASE " "
#define NOT_FUTURE_BASE                                                                                                \
    "!will|'ll|i'll|we'll|you'll|he'll|she'll|it'll|they'll|shall|going|to|be|get|gets|getting|"                       \
    "got|until|till|when|once|whenever|if|can|could|would|should|might|may|must|need|needs|want|"                      \
    "wants|try|trying|able|soon|before|you|you've|u|invoice|invoices|bill|bills|statement|reminder|"                   \
    "thought|neighbour|neighbor|neighbours|friend|friends|others|everyone|people|"                                     \
    "reminders|what|why|who|which|whoever"

// Things people send that are not money: "the photos I sent", "sent you an email".
#define NOT_MONEY_SENT                                                                                                 \
    "|photo|photos|pic|pics|picture|pictures|email|emails|message|messages|letter|form|document|"                      \
    "documents|details|quote|video|videos|link|text|texts|invoice|receipt|key|keys|address "

#define PAY_VERBS                                                                                                      \
    "pay|transfer|send|settle|clear|sort|square|process|deposit|wire|remit|venmo|zelle|e-transfer|"                    \
    "etransfer|post|mail|arrange|action|approve|release|finalise|finalize|bung|sling|ping|fix|"                        \
    "organise|organize|make|put|pop|drop|pay's|bank"

#define MONEY "money|payment|transfer|funds|cash|balance|amount|cheque|check|it|that|this|everything|lot|sum|dues"

constexpr Phrase Phrases[] = {
    // ---- paid: the money has gone (or is on its way)
    { NOT_FUTURE "paid", Cue::Paid, 2.5f, N },
    { NOT_FUTURE "transferred|remitted|deposited|wired|credited|venmoed|zelled|e-transferred|etransferred|banked",
        Cue::Paid, 2.5f, N },
    { NOT_FUTURE "settled|cleared|squared ?up|it|in|the|now|off|you|that|this|everything|all", Cue::Paid, 2.0f, N },
    { NOT_FUTURE "sorted it|that|this|the|payment|everything|now", Cue::Paid, 2.0f, N },
    { "all|already|that's|it's|payment's|money's|everything's sorted", Cue::Paid, 2.0f, N },
    { "^ sorted|done|transferred|sent|cleared|settled $", Cue::Paid, 2.5f, None },
    { NOT_FUTURE_BASE NOT_MONEY_SENT
        "sent -email|message|text|photo|photos|pic|pics|picture|pictures|letter|query|"
        "complaint|invoice|invoices|details|address|form|note|reply|request|quote|link|reminder|back|him|her|"
        "them|video|videos|documents|document|emails|messages|texts",
        Cue::Paid, 2.5f, N },
    { NOT_FUTURE "gone|went through|in|out|off|over|across", Cue::Paid, 2.0f, N },
    { NOT_FUTURE "payment|transfer|deposit|remittance|e-transfer|neft|imps|upi|eft|ach ~1 made|done|sent|completed|"
                 "complete|processed|gone|successful|went|confirmed|initiated|cleared|received",
        Cue::Paid, 2.5f, N },
    { NOT_FUTURE "made|did|done|completed|processed|authorised|authorized ~2 payment|transfer|deposit|remittance|"
                 "neft|imps|eft",
        Cue::Paid, 2.5f, N },
    { "money|payment|funds|cash|transfer ~1 is|are|has|have ?been ~1 in|landed|arrived|gone|cleared|through|"
      "transferred|sent|credited",
        Cue::Paid, 2.0f, N },
    { "money's|payment's|transfer's|cash's ?been ~1 in|landed|arrived|gone|cleared|through|transferred|sent|credited",
        Cue::Paid, 2.0f, N },
    { NOT_FUTURE "it|it's|it_has ?been landed|arrived|gone_through|cleared|transferred|sent|credited", Cue::Paid, 2.0f,
        N },
    { NOT_FUTURE "cash|money|envelope|cheque|check|payment ~3 left|dropped|handed|given|posted|mailed|delivered",
        Cue::Paid, 2.0f, N },
    { NOT_FUTURE "left|dropped|handed|gave|posted|mailed|put|delivered ~4 cash|money|envelope|cheque|check", Cue::Paid,
        2.0f, N },
    { "cheque|check|it|cheque's|check's|it's ~1 in the post|mail", Cue::Paid, 2.0f, N },
    { NOT_FUTURE "all|it's|that's|payment's|transfer's done", Cue::Paid, 2.0f, N },
    { NOT_FUTURE "processed|actioned|authorised|authorized|executed|completed|approved ~1 it|the|payment|transfer|that|"
                 "this",
        Cue::Paid, 2.0f, N },
    { NOT_FUTURE "zelle'd|venmo'd|paypal'd|paypalled|gpayed|upi'd|e-transferred|osko'd", Cue::Paid, 2.5f, N },
    { NOT_FUTURE "left|come_out_of|came_out_of|gone_out_of|went_out_of my|our ~1 account|bank", Cue::Paid, 2.0f, N },
    { NOT_FUTURE "hit|pressed ~1 send|pay|confirm", Cue::Paid, 2.0f, N },
    { "proof|confirmation|screenshot|receipt ~2 of ~1 payment|transfer|attached|below|sent", Cue::Paid, 2.0f, N },
    { "should|must ~1 have ~1 gone_out|gone_through|come_out|been_taken|been_paid|left|cleared|arrived|landed",
        Cue::Paid, 2.0f, N },
    { "direct_debit|standing_order|autopay|auto-pay|automatic_payment|auto_payment ~3 gone|went|paid|taken|out|"
      "collected",
        Cue::Paid, 2.0f, N },
    { "should ~1 see|find ~2 it|payment|money|transfer|funds", Cue::Paid, 1.5f, N },
    { "through|in|under|into ~1 your|the ~1 letterbox|letter_box|door|mailbox|postbox|post_box|mail_slot", Cue::Paid,
        2.0f, N },
    { "#amt|cash|money|cheque|check|payment|transfer ~6 this_morning|earlier|yesterday|last_night|ago|just_now|"
      "last_week|at_the_weekend|on_the_weekend",
        Cue::Paid, 1.5f, N },
    { "done and dusted", Cue::Paid, 2.0f, None },
    { NOT_FUTURE "in|into your|ur|the ~1 account|bank", Cue::Paid, 2.0f, N },
    { NOT_FUTURE "on its|the way", Cue::Paid, 1.5f, N },
    { "debited|deducted|came_out_of|taken_out_of|taken_from", Cue::Paid, 2.0f, N },
    { "should|must ~1 have it|arrived|landed|cleared|received|got|reached|come", Cue::Paid, 1.5f, N },
    { "should|must ~1 be with_you|in_your|there|showing", Cue::Paid, 1.5f, N },
    // ---- asking whether the payment arrived, or for a receipt: they paid
    { "did|have|has ~1 you ~1 get|got|receive|received|see|seen "
      "-invoice|bill|message|text|email|quote|photo|pic|letter|"
      "reply|call|drill|key|keys|msg|photos|pics|pictures|picture|video|videos|messages|texts|emails|voicemail|"
      "document|documents|form|forms|details|link",
        Cue::PaidAsk, 1.5f, None },
    { "has|did|have|is ~1 it|the|my ~1 money|payment|transfer|funds|cash|cheque ~1 come|arrive|arrived|land|landed|"
      "clear|cleared|reached|gone|go|hit|show|showed|shown|through|in",
        Cue::PaidAsk, 1.5f, None },
    { "did|has|have it|that|this ~1 go|gone|come|went|arrive|arrived|land|landed|clear|cleared|hit|reach|reached",
        Cue::PaidAsk, 1.5f, None },
    { "check|see ~1 at ?your|ur|the ~1 account|bank|statement|balance|banking|records|app", Cue::PaidAsk, 1.5f, None },
    { "confirm|let_me_know ~3 received|got|arrived|receipt|came|comes|lands|landed|cleared|reached", Cue::PaidAsk, 1.5f,
        None },
    { "receipt|receipts", Cue::Receipt, 1.0f, N },

    // ---- promise: they will pay
    { "i'll|we'll|he'll|she'll|they'll|will|shall|'ll|it'll ~2 " PAY_VERBS
      " -touch|look|call|ring|know|email|message|text|photo|details|address|key|keys|pic|picture|review|"
      "number|complaint|kettle|invoice|receipt",
        Cue::Promise, 2.0f, N },
    { "i'll|we'll|will|'ll|he'll|she'll|they'll ~2 get ~3 paid|sorted|done|settled|cleared|sent|transferred|over|"
      "across|to|through|squared|processed|money|payment|cash|funds",
        Cue::Promise, 2.0f, N },
    { "i'll|we'll|will|'ll|he'll|she'll|they'll|it'll ~1 have ~3 to|with|over|sent|paid|done|sorted|across|ready|"
      "cleared|transferred",
        Cue::Promise, 2.0f, N },
    { "will|'ll|it'll|i'll|we'll|you'll|he'll|she'll|they'll|should|shall ~1 be ~1 paid|settled|sent|transferred|done|"
      "cleared|processed|made|sorted|with|over|coming|going|released|actioned|approved|arriving|squared|deposited|"
      "credited|wired|paying|transferring|sending|settling|clearing",
        Cue::Promise, 2.0f, N },
    { "going ?to ~2 pay|transfer|send|settle|clear|sort|square|process|make|put|get|have", Cue::Promise, 2.0f, N },
    { "can|could|may|might i|we ~2 pay|transfer|send|settle|clear|square|do|make|sort", Cue::Promise, 2.0f, N },
    { "can|could|may|might i|we ~1 get ~3 it|money|payment|that|this|cash|funds|balance ~2 to|over|across",
        Cue::Promise, 2.0f, N },
    { "i|we ~1 can|could|should|shall|will|must ~2 pay|transfer|send|settle|clear|square|do|make|sort|manage|get",
        Cue::Promise, 2.0f, N },
    { "able to ~2 pay|transfer|send|settle|clear|square|sort|get|do|make", Cue::Promise, 2.0f, N },
    { "you'll|you_will ~2 get|have|receive|see ~3 it|money|paid|payment|cash|funds|that|this|your", Cue::Promise, 2.0f,
        N },
    { "expect ~3 it|payment|money|funds|transfer|cheque|check|that|the", Cue::Promise, 2.0f, N },
    { "it's|its|payment's|money's|cheque's|check's|transfer's|funds ~2 coming", Cue::Promise, 2.0f, N },
    { "coming your way", Cue::Promise, 2.0f, N },
    { "should|hope_to|hoping_to|aim_to|try_to ~1 have|get ~2 it|that|this|payment|money|cash ~1 to_you|over_to_you|"
      "across_to_you|with_you_by",
        Cue::Promise, 2.0f, N },
    { "payment|transfer|it|cheque|check ~2 scheduled|queued|booked|set_up|lined_up|due_to_go|in_the_system",
        Cue::Promise, 2.0f, N },
    { "do the needful", Cue::PromiseSoft, 2.0f, None },
    { MONEY " ~2 will|'ll|should|shall|going ~2 go|be|come|arrive|hit|land|reach|clear|leave|follow", Cue::Promise,
        2.0f, N },
    { "pay|paying|payment|transfer|transferring|settle|settling|clear|clearing|cheque|check ~3 #fdate", Cue::Promise,
        1.5f, N },
    { "#fdate ~3 pay|paying|payment|transfer|settle|settling", Cue::Promise, 1.5f, N },
    { "^ pay|paying|transfer|send|settle|clear|sort ~2 you|u|it|that|this|the|#when|tomorrow|now|soon|later|asap|"
      "tonight|today",
        Cue::Promise, 2.0f, None },
    { "how|what about ~1 i|we ~1 pay|transfer|send|settle|clear|do", Cue::Promise, 2.0f, N },
    { "let me ~2 pay|transfer|sort|settle|clear", Cue::Promise, 1.5f, N },
    { "i'd|we'd ~1 like|love|be_happy|prefer ~1 to pay|settle|transfer|clear", Cue::Promise, 1.5f, N },
    { "happy|glad|planning|plan|intend|intending|hoping|hope|aim|aiming|promise|promised|try|trying ?to pay|settle|"
      "transfer|clear|send|sort",
        Cue::Promise, 1.5f, N },
    { "paying|sending|transferring|settling|clearing ~2 now|today|tonight|shortly|soon|asap|tomorrow", Cue::Promise,
        2.0f, N },
    { "square|fix|sort you ~1 up|out", Cue::Promise, 2.0f, N },
    { "i'm|am|i ~1 on it", Cue::PromiseSoft, 2.0f, N },
    { "^ on it", Cue::PromiseSoft, 2.0f, None },
    { "will do", Cue::PromiseSoft, 1.5f, N },
    { "leave it with me|us", Cue::PromiseSoft, 2.0f, None },
    { "consider it done", Cue::PromiseSoft, 2.0f, None },
    { "i'll|we'll|will ~1 deal_with|look_after|take_care_of|handle|get_onto|get_on_to|get_to it|this|that",
        Cue::PromiseSoft, 1.5f, N },
    { "sorting|doing|handling ~1 it|this|that ~1 now|today|asap", Cue::PromiseSoft, 1.5f, N },
    { "on my list", Cue::PromiseSoft, 1.5f, None },
    { "will|'ll|i'll|we'll get ~1 round|around to it", Cue::PromiseSoft, 1.5f, N },

    // ---- more time
    { "more|extra|additional|bit ~1 more|extra ?of time", Cue::MoreTime, 2.0f, N },
    { "more|extra|additional time", Cue::MoreTime, 2.0f, N },
    { "give|gimme|allow|grant ~1 me|us ~2 time|week|few|couple|till|until|some|more|bit|little|while|month|weekend|"
      "fortnight|days|weeks|extra",
        Cue::MoreTime, 2.0f, N },
    { "have|hold ?off|wait|extend ~3 until|till", Cue::MoreTime, 2.0f, N },
    { "extension|extend|extended", Cue::MoreTime, 2.0f, N },
    { "bit|little|while|few|couple|week|weeks|days ~1 longer", Cue::MoreTime, 2.0f, N },
    { "few|couple|another|#num|two|three|four|five|six|seven|ten ~1 more|extra ~1 day|days|weeks|week|months",
        Cue::MoreTime, 2.0f, N },
    { "be_patient|bear_with|patience_with", Cue::MoreTime, 2.0f, N },
    { "breathing room|space", Cue::MoreTime, 2.0f, N },
    { "leeway|grace_period|slack|flexibility|flexible|lenient|understanding", Cue::MoreTime, 2.0f, N },
    { "wait ~2 on_this|on_it|a_bit|a_little|a_few|a_while|for_it|longer|another|a_couple|for_the_money|for_payment",
        Cue::MoreTime, 2.0f, N },
    { "can|could|would ~1 you ~1 wait", Cue::MoreTime, 2.0f, N },
    { "hold_off|hold_fire|hang_fire|postpone|defer|push_it_back|push_back|later_date", Cue::MoreTime, 2.0f, N },

    // ---- instalments, or the sum split over several dates
    { "instalment|instalments|emi|emis", Cue::Instalments, 3.0f, N },
    { "payment|repayment|pay ~1 plan|arrangement|schedule", Cue::Instalments, 3.0f, N },
    { "a|set ~2 plan", Cue::Instalments, 2.5f, N },
    { "split ~3 payment|payments|cost|sum|amount|balance|bill|over|across|into|between|in", Cue::Instalments, 3.0f, N },
    { "spread ~3 cost|payment|payments|it|over|across|out", Cue::Instalments, 3.0f, N },
    { "in|into ~1 parts|chunks|stages|bits|halves|portions|lumps", Cue::Instalments, 2.5f, N },
    { "in|into two|2|three|3|four|4 -day|days|week|weeks|month|months|hour|hours|minute|minutes|working|business|"
      "more|extra|weeks'|days'",
        Cue::Instalments, 2.5f, N },
    { "part|partial ~1 payment|payments|pay", Cue::Instalments, 2.0f, N },
    { "bit_by_bit|little_by_little|chip_away|pay_it_off|pay_off|pay_this_off|pay_you_off -full|today|tomorrow|now",
        Cue::Instalments, 2.5f, N },
    { "half|third|part|portion|some|bit|#amt ~4 and|then|, ~2 half|rest|remainder|other_half|another|bit|some|#amt",
        Cue::Instalments, 3.0f, N },
    { "paid off", Cue::Instalments, 1.5f, N },
    { "half|third|quarter|part|some|bit|portion|#amt|one ~1 now ~1 and|then|, ~4 rest|remainder|balance|half|third|"
      "another|other|some|bit|one|later|next|in|on|#amt|#date",
        Cue::Instalments, 3.0f, N },
    { "#num|two|three|four|couple|few|several ~1 payments|instalments|chunks|lots", Cue::Instalments, 2.5f, N },
    { "weekly|monthly|fortnightly|regular ~1 payments|payment|amounts|instalments", Cue::Instalments, 3.0f, N },
    { "pay|paying ~3 weekly|monthly|fortnightly|each_week|each_month|every_week|every_month|per_week|per_month",
        Cue::Instalments, 3.0f, N },
    { "#amt ~1 a|per|every|each ~1 week|month|fortnight|payday|monday|tuesday|wednesday|thursday|friday|saturday|"
      "sunday|weekend",
        Cue::Instalments, 3.0f, N },
    { "every|each monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|payday", Cue::Instalments, 2.5f, N },
    { "#fdate ~2 and|then|, ~2 #fdate", Cue::Instalments, 1.5f, N },
    { "and|then ~1 the ~1 month|week|fortnight|friday|one ~1 after|following", Cue::Instalments, 2.5f, N },
    { "every|each|per ~1 week|month|fortnight|payday|friday|monday|pay", Cue::Instalments, 1.5f, N },
    { "of every|each month|week", Cue::Instalments, 1.5f, N },
    { "over|across ~2 months|weeks|fortnights|paydays", Cue::Instalments, 2.5f, N },
    { "rest|remainder ~3 #fdate|next|later|after", Cue::Instalments, 2.5f, N },

    // ---- hardship
    { "skint|brassic|strapped|struggling|struggle|hardship|penniless", Cue::Hardship, 2.0f, N },
    { "i'm|am|im|we're|are|totally|flat|bit|so|completely|pretty|being|stone ~1 broke -down", Cue::Hardship, 2.0f, N },
    { "broke $", Cue::Hardship, 2.0f, N },
    { "rough|tough|hard|difficult|bad ~1 patch|few|spell|time|times|year|month|couple", Cue::Hardship, 1.5f, N },
    { "behind on|behind with ~2 bills|rent|payments|everything|mortgage", Cue::Hardship, 2.0f, None },
    { "i'm|i_am|we're|we_are ~1 not ~1 working", Cue::Hardship, 2.0f, X },
    { "financial ~1 difficulty|difficulties|trouble|troubles|problems|hardship|situation|stress", Cue::Hardship, 2.0f,
        N },
    { "money|things|cash|finances|budget|money's ~2 tight|short|tough|hard|difficult", Cue::Hardship, 2.0f, N },
    { "tight|short|tough|hard|difficult ~1 at_the_moment|this_month|right_now|atm|lately|these_days|for_money|on_cash|"
      "on_money|on_funds|month|week|time|times|year",
        Cue::Hardship, 1.5f, N },
    { "can't|cannot|unable|not_able|not_in_a_position ~2 afford|pay|manage|cover|stretch", Cue::Hardship, 2.0f, None },
    { "won't|not ~1 be able to ~2 pay|afford|manage|cover", Cue::Hardship, 2.0f, None },
    { "lost my|our|his|her ~1 job|jobs|work|income|contract", Cue::Hardship, 2.0f, None },
    { "made_redundant|redundancy|laid_off|out_of_work|off_work|sick_leave|maternity_leave|paternity_leave|"
      "on_benefits|universal_credit|centrelink|unemployed|between_jobs",
        Cue::Hardship, 2.0f, None },
    { "haven't|hasn't|not|didn't ~1 been|get|got ~1 paid", Cue::Hardship, 2.0f, None },
    { "hours ~2 cut|reduced|slashed|dropped", Cue::Hardship, 2.0f, None },
    { "pay_cut|rent_went_up|rent's_gone_up|bills_went_up|cost_of_living", Cue::Hardship, 2.0f, None },
    { "tax|car|repair|medical|hospital|vet|dental|unexpected|big|huge|massive ~1 bill|bills", Cue::Hardship, 1.5f,
        None },
    { "wiped_me_out|wiped_us_out|funeral|bereavement|passed_away|divorce|separated|drought|flood|floods|bushfire|"
      "harvest",
        Cue::Hardship, 1.5f, None },
    { "business|work|trade ~2 slow|quiet|dead", Cue::Hardship, 1.5f, None },
    { "cash_flow|cashflow", Cue::Hardship, 1.5f, None },
    { "been|was|am|i'm ~1 ill|sick|unwell|in_hospital", Cue::Hardship, 1.5f, None },
    { "op|operation|surgery|illness|chemo", Cue::Hardship, 1.0f, None },

    // ---- dispute: the work
    { "still ~3 leak*|drip*|broken|won't|doesn't|not|isn't|flicker*|block*|cold|faulty|wrong|smell*|crack*|noisy|"
      "loose|damp|stuck|tripping|trips|there|hasn't|mess|messy|dirty|untidy|bad|awful|terrible|unfinished|the_same|"
      "filthy|damaged|patchy|uneven|no",
        Cue::Dispute, 2.0f, None },
    { "again ~1 already", Cue::Dispute, 1.5f, None },
    { "broken|blocked|leaking|dripping|cracked|faulty|stopped ~1 again", Cue::Dispute, 2.0f, None },
    { "broke|broken|stopped|packed|gave ~1 down|up|in|out ~3 again|after|since|already|days|week", Cue::Dispute, 2.0f,
        None },
    { "since|after you ~1 left|finished|came|were_here|visited|went", Cue::Dispute, 1.5f, None },
    { "since|after your ~1 visit|work|job|repair|repairs|service|lads|guys|team", Cue::Dispute, 1.5f, None },
    { "it|it's|that|still|stopped|doesn't|isn't|not|never ~1 work|working|works -yet", Cue::Dispute, 2.0f, N },
    { "same|problem|issue|fault ~2 problem|issue|fault|back|again|returned|came_back", Cue::Dispute, 2.0f, None },
    { "you ~1 missed|forgot|skipped|ignored", Cue::Dispute, 2.0f, None },
    { "not|wasn't|isn't|never|didn't|hasn't|haven't|weren't|aren't ~2 fixed|finished|complete|completed|done|sorted|"
      "working|fix|finish|complete|turn|show|came|come -yet",
        Cue::Dispute, 2.0f, None },
    { "unfinished|incomplete|half-finished|half-done|botched|bodged|bodge|shoddy|sloppy|cowboy|cowboys|substandard|"
      "rubbish|useless",
        Cue::Dispute, 2.0f, None },
    { "poor|bad|terrible|awful ~1 job|work|workmanship|quality|service", Cue::Dispute, 2.0f, None },
    { "scratched|scratch|scratches|damaged|damage|dented|cracked|stained|smeared|streaky|ruined|chipped", Cue::Dispute,
        2.0f, None },
    { "peeling|peeled|flaking|blown_down|blew_down|fallen_off|fell_off|fallen_down|fell_down|came_off|come_off|"
      "come_loose|came_loose|collapsed|falling_apart|fallen_apart|wobbly|wonky|crooked|uneven|patchy|snapped|"
      "rattling|squeaking|tripping|flickering|flooding|overflowing|dripping|leaking|cracking|sagging|mouldy|moldy",
        Cue::Dispute, 1.5f, None },
    { "already|still|again ~3 peeling|peeled|flaking|blown|fallen|fell|collapsed|falling|loose|wobbly|snapped|leaking|"
      "dripping|cracking|cracked|broken|broke|stopped|failed",
        Cue::Dispute, 2.0f, None },
    { "left|got|spilled|spilt|splashed|dropped|trod|trodden|tracked ~3 paint|mess|dust|rubbish|debris|mud|marks|"
      "stains|plaster|grout|glue|oil ~4 all_over|on_my|on_our|everywhere|in_my|across",
        Cue::Dispute, 2.0f, None },
    { "crack|cracks|hole|holes|dent|dents|chip|chips|stain|stains|mould|mold|gap|gaps", Cue::Dispute, 1.5f, None },
    { "crack|cracks|hole|holes|dent|chip|stain|mould|mold|gap|leak|damp|problem|fault ~6 already|again|still",
        Cue::Dispute, 2.0f, None },
    { "all_over|everywhere_on ~1 my|our|the ~1 carpet|carpets|floor|floors|sofa|walls|wall|furniture|drive|driveway|"
      "garden|lawn|kitchen|bathroom|car",
        Cue::Dispute, 1.5f, None },
    { "broke|broken ~2 my|our|the|a -system|app|link", Cue::Dispute, 1.5f, None },
    { "broken", Cue::Dispute, 1.0f, None },
    { "leak|leaks|leaking|leaky|drips|dripping|blocked|won't_drain|doesn't_drain|flooded", Cue::Dispute, 1.0f, None },
    { "left ~2 mess|dirty|smeared|unfinished|damaged|broken", Cue::Dispute, 2.0f, None },
    { "mess|messy ~2 after|left", Cue::Dispute, 1.5f, None },
    { "not|never ~1 happy|satisfied|impressed", Cue::Dispute, 2.0f, None },
    { "unhappy|disappointed|disgusted|complain|complaint|dispute|disputing|query|querying", Cue::Dispute, 2.0f, None },
    { "want|demand|expect|need|give|get|owe|deserve ~3 refund|money_back", Cue::Dispute, 2.0f, None },
    { "refund ~1 me|us|the|my_money|part", Cue::Dispute, 2.0f, None },
    { "fix|sort|redo|finish|do ~3 properly|first", Cue::Dispute, 2.0f, None },
    // "sort that before I pay", but not "I'll sort it before Xmas"
    { "fix|sort|redo|finish|do ~3 before ~1 i|we|paying|payment|any|anything", Cue::Dispute, 2.0f, None },
    { "come back ~3 fix|finish|sort|first|redo", Cue::Dispute, 2.0f, None },
    { "before|until|till|unless|once ~1 i|we ~1 pay|paying", Cue::Dispute, 1.5f, None },
    { "not|never|won't|refuse ~2 paying|pay ~3 until|till|unless|for|a_penny|a_cent|a_dime|anything|full|the_full|"
      "that|this|it",
        Cue::Dispute, 2.5f, None },
    { "not|never|won't ~1 be ~1 paying", Cue::Dispute, 2.5f, None },
    { "talk_about_money|deal_with_that_first|sort_that_first|want_paying|expect_me_to_pay", Cue::Dispute, 2.0f, None },
    { "pay|paying ~2 once|when|after|as_soon_as ~2 you|it's|its|it_is|it|that|the_job ~2 fixed|finished|done|sorted|"
      "repaired|working|properly|complete|completed|come_back|comes_back|redone",
        Cue::Dispute, 2.5f, None },
    { "what ~3 did i|we ~1 pay for", Cue::Dispute, 2.0f, None },
    { "what ~2 am|are i|we ~1 paying for", Cue::Dispute, 2.0f, None },
    { "you never|didn't ~2 came|come|did|do|finish|finished|turn|turned|show|showed|fix|fixed|clean|cleaned",
        Cue::Dispute, 2.0f, None },
    { "thought ~3 in_scope|included|part_of", Cue::Dispute, 2.0f, None },
    { "out_of_scope|in_scope", Cue::Dispute, 1.0f, None },

    // ---- dispute: the price
    { "quoted|estimate|estimated|estimation|ballpark", Cue::DisputePrice, 1.5f, None },
    { "quote|quotes", Cue::DisputePrice, 1.0f, None },
    { "agreed|shook_hands|handshake|we_said|you_said|told_me|was_told|were_told|you_promised|promised",
        Cue::DisputePrice, 1.5f, None },
    { "meant|supposed ~1 to be|have|include", Cue::DisputePrice, 2.0f, None },
    { "overcharged|over-charged|overcharging|overbilled|over-billed|ripped_off|rip_off|rip-off|ripoff|robbery|"
      "extortionate|daylight",
        Cue::DisputePrice, 2.0f, None },
    { "charged|billed|charging|billing|invoiced ~2 twice|double|two_times|for_both|me_for|us_for|full|extra|more",
        Cue::DisputePrice, 2.0f, None },
    { "double|twice ~1 charged|billed|counted|added|invoiced", Cue::DisputePrice, 2.0f, None },
    { "added ~1 twice", Cue::DisputePrice, 2.0f, None },
    { "too ~1 much|expensive|high|steep|dear", Cue::DisputePrice, 2.0f, None },
    { "expensive|pricey|steep|ridiculous|outrageous|excessive|absurd|insane|crazy|joke", Cue::DisputePrice, 1.5f,
        None },
    { "times ~1 what|the", Cue::DisputePrice, 1.5f, None },
    { "more|higher ~1 than ~2 quoted|quote|agreed|said|told|estimate|estimated|expected|usual|normal|last_time",
        Cue::DisputePrice, 2.0f, None },
    { "where's|where ~3 come from", Cue::DisputePrice, 2.0f, None },
    { "half|less|fraction|third|quarter|cheaper ~2 that|than|the_price|what_you|for_the_same", Cue::DisputePrice, 2.5f,
        None },
    { "for_the_same ~1 job|work|thing|service", Cue::DisputePrice, 1.5f, None },
    { "why ~3 i|we ~1 paying|pay|charged|billed ~1 for", Cue::DisputePrice, 2.0f, None },
    { "warranty|guarantee|guaranteed|under_guarantee", Cue::DisputePrice, 2.0f, None },
    { "should|would ~1 have ~1 been ~1 covered|included|free|cheaper|less", Cue::DisputePrice, 2.0f, None },
    { "doesn't|don't|does_not|didn't ~1 match|reflect|tally", Cue::DisputePrice, 2.0f, None },
    { "never|nobody|no_one|wasn't|weren't ~1 told|mentioned|warned|informed", Cue::DisputePrice, 2.0f, None },
    { "didn't|never ~1 authorise|authorize|approve|approved|authorised|authorized|ask|asked|order|ordered",
        Cue::DisputePrice, 2.0f, None },
    { "why ~6 billed|charged|charging|billing|added|extra|separate|included|cost|price|charge|invoiced|fee|"
      "gone_up|increase|increased|more",
        Cue::DisputePrice, 2.0f, None },
    { "how come ~4 charged|billed|more|extra|price|cost|total", Cue::DisputePrice, 2.0f, None },
    { "wasn't|not|was|were|should ~2 included|include", Cue::DisputePrice, 2.0f, None },
    { "included|including ~3 quote|price|fee|cost|total", Cue::DisputePrice, 2.0f, None },
    { "not|isn't|wasn't ~1 what ~2 agreed|quoted|said|discussed|told", Cue::DisputePrice, 2.5f, None },
    { "discount|discounted|reduction", Cue::DisputePrice, 2.0f, None },
    { "mistake|mistaken|error|incorrect|inaccurate|miscalculated|typo", Cue::DisputePrice, 2.0f, None },
    { "wrong -number|person|house|address|guy|girl|one|people|customer|client|mobile|phone|name", Cue::DisputePrice,
        2.0f, None },
    { "doesn't|does_not|don't ~1 add up", Cue::DisputePrice, 2.0f, None },
    { "not|isn't ~1 right|correct", Cue::DisputePrice, 1.5f, None },
    { "mileage|travel_time|travel_costs|travel_charge|call-out|callout|call_out_fee|callout_fee|parking|materials|"
      "parts|vat",
        Cue::DisputePrice, 1.0f, None },
    { "shouldn't|should_not|should_never ~1 be ~2 on|charged|billed|there", Cue::DisputePrice, 2.0f, None },
    { "shouldn't|should_not|should_never ~1 be ~1 a|any ~1 bill|charge|invoice|fee", Cue::DisputePrice, 2.5f, None },
    { "why ~4 on_here|on_there|on_the_bill|on_my_bill|on_this_bill|on_the_invoice|on_my_invoice|on_this_invoice",
        Cue::DisputePrice, 2.0f, None },
    { "lesson|lessons|session|sessions|class|classes|visit|visits|appointment|booking|clean|job|service ~4 "
      "cancelled|canceled|called_off|never_happened|didn't_happen",
        Cue::DisputePrice, 2.0f, None },
    { "cancelled|canceled|called_off ~2 lesson|lessons|session|sessions|class|classes|visit|visits|appointment|"
      "booking|clean|job|service|work",
        Cue::DisputePrice, 2.0f, None },
    { "isn't|not|wasn't|aren't ~1 on_here|on_the_bill|on_the_invoice|applied|taken_off|deducted", Cue::DisputePrice,
        2.0f, None },
    { "only ~3 did|here|there|took|worked|came|stayed|hours|hour|half|#num|one|two|three|four|five|a_couple|a_few|"
      "part|partly|partially|some",
        Cue::DisputePrice, 1.5f, None },
    { "asked|asked_for|wanted|booked ~6 only|but|instead", Cue::DisputePrice, 1.5f, None },
    { "says|said|charged|billed ~3 hours|hrs|days ~2 but|only", Cue::DisputePrice, 2.0f, None },
    { "full price|rate|whack", Cue::DisputePrice, 1.5f, None },
    { "cheaper|swapped|switched|substituted|without_asking|didn't_ask_for|never_asked_for|never_agreed|didn't_agree|"
      "not_agreed",
        Cue::DisputePrice, 2.0f, None },
    { "#amt ~1 not ~1 #amt", Cue::DisputePrice, 2.0f, None },
    // a price for a short time: "£95 for a 20 minute job", "£200 for an hour's work"
    { "#amt for ~1 a|an|one|#num|half_an ~2 minute|minutes|min|mins|hour|hours|hr|hrs|hour's", Cue::DisputePrice, 2.0f,
        None },
    { "#amt|#num ~3 not|instead ~1 #amt|#num", Cue::DisputePrice, 2.0f, None },

    // ---- the invoice, its details, how and where to pay
    { "send|resend|re-send|email|text|forward|share|whatsapp|give|get|need|want|provide|issue|reissue|re-issue|see|"
      "receive|post ~3 invoice|invoices|bill|copy|pdf|details|statement|breakdown|link",
        Cue::Invoice, 2.0f, None },
    { "resend|re-send|resent|re-sent|reissue|re-issue", Cue::Invoice, 2.0f, None },
    { "copy|pdf|photo|picture|pic|scan|version|photocopy ~3 invoice|bill|it|one", Cue::Invoice, 2.0f, None },
    { "as_a|in ~1 pdf|photo|image", Cue::Invoice, 1.5f, None },
    { "invoice|bill ~2 again|lost|missing|resent", Cue::Invoice, 2.0f, None },
    { "haven't|hasn't|didn't|never|not|yet ~1 received|got|get|seen|receive|had|been ~2 invoice|invoices|bill|"
      "statement|copy|email|one",
        Cue::Invoice, 2.5f, None },
    { "no invoice|bill|statement", Cue::Invoice, 2.0f, None },
    { "lost|misplaced|deleted|binned|threw ~3 invoice|bill|paper|email|one|it", Cue::Invoice, 2.0f, None },
    { "can't|cannot|couldn't ~1 find ~2 invoice|bill|it|one|email|details", Cue::Invoice, 2.0f, None },
    { "vat|tax|gst ~1 invoice|receipt", Cue::Invoice, 2.0f, None },
    { "proper|itemised|itemized|detailed|official|formal|updated|corrected ~1 invoice|bill|receipt", Cue::Invoice, 2.0f,
        None },
    { "itemise|itemize|itemised|itemized|breakdown|break-down", Cue::Invoice, 2.0f, None },
    { "break ~2 down", Cue::Invoice, 2.0f, None },
    { "what|what's ~4 covers|cover|include|includes|covering", Cue::Invoice, 2.0f, None },
    { "what's|what ~1 is ~1 this|it|that for", Cue::Invoice, 2.0f, None },
    { "which invoice|bill|job|one|account|visit|work|date|month", Cue::Invoice, 2.0f, None },
    { "what ~1 invoice|bill|job|this ~1 about", Cue::Invoice, 1.5f, None },
    { "how much", Cue::Invoice, 2.0f, N },
    { "what's|what_is|what_was ~1 the ~1 total|balance|amount|damage|figure|outstanding|owing|due|cost", Cue::Invoice,
        2.0f, None },
    { "what ~2 i|we ~1 owe", Cue::Invoice, 2.0f, None },
    { "total|amount|balance ~1 due|owing|outstanding|owed", Cue::Invoice, 1.0f, None },
    { "bank|account|payment|banking|transfer|remittance|your ~1 details|detail|info|information", Cue::Invoice, 2.5f,
        None },
    { "sort_code|sortcode|account_number|acc_number|account_no|bsb|ifsc|upi|payid|pay_id|iban|swift|routing_number|"
      "aba|bic|gpay|paytm|phonepe|cashapp|cash_app",
        Cue::Invoice, 2.5f, None },
    { "your ~1 zelle|venmo|paypal|payid|upi|bsb|cashapp|revolut|gpay|paytm|phonepe|iban|ifsc|sort", Cue::Invoice, 2.0f,
        None },
    { "what's|what|whats|is|send|need|get|share|which|confirm|give|are ~3 your ~1 bank|account|details", Cue::Invoice,
        2.0f, None },
    { "how|where|who|which|what do|can|should|shall|would|could|must|to i|we ~1 pay|send|transfer|make|deposit|wire",
        Cue::Invoice, 2.5f, None },
    { "how|where ~1 to ~1 pay|send|transfer|make", Cue::Invoice, 2.5f, None },
    { "who ~2 pay|payable|paid_to", Cue::Invoice, 2.0f, None },
    { "can|could|do|may i|we ~1 pay ~3 by|with|via|through|using|online|card|cash|cheque|check|paypal", Cue::Invoice,
        2.5f, None },
    { "do|can|will you ~1 take|accept|do ~2 card|cards|cash|cheque|cheques|check|checks|paypal|transfer|transfers|"
      "amex|visa|payments|payment|contactless|apple|google|bank",
        Cue::Invoice, 2.5f, None },
    { "transfer|card|cash|cheque|paypal only", Cue::Invoice, 1.5f, None },
    { "payment|pay link|portal|page|button", Cue::Invoice, 2.5f, None },
    { "link ~3 pay|paying|payment|through", Cue::Invoice, 2.0f, None },
    { "link|links|app|pdf|attachment|file|page|portal|button|qr ~2 doesn't|won't|isn't|didn't|not|can't ~1 work|"
      "working|open|load|opening|loading",
        Cue::Invoice, 2.5f, X },
    { "qr|scan_to_pay", Cue::Invoice, 2.5f, None },
    { "invoice_number|reference_number|ref_number|payment_reference|invoice_no|invoice_#", Cue::Invoice, 2.5f, None },
    { "a|an ~1 paypal|venmo|zelle|payid|upi|bsb|cashapp|revolut|gpay|bank_account|card_machine|card_reader|qr_code|"
      "paytm|phonepe",
        Cue::Invoice, 2.5f, None },
    { "best|easiest|quickest|preferred ~1 way|method|means ~2 pay|payment|to_pay", Cue::Invoice, 2.5f, None },
    { "best|right|correct|which|what ~1 account|number|email|address ~3 send|pay|transfer|use", Cue::Invoice, 2.5f,
        None },
    { "what ~3 charges|charge|costs|fees|items|lines ~2 for", Cue::Invoice, 2.0f, None },
    { "payment ~1 methods|method|options|option", Cue::Invoice, 2.5f, None },
    { "paypal|bank|card|cash|cheque|transfer ~1 or ~1 bank|cash|card|transfer|paypal|cheque ?", Cue::Invoice, 2.0f,
        None },
    { "what|what's|whats ~3 invoice|bill|charge ~1 for", Cue::Invoice, 2.0f, None },
    { "is|was this|it|that for", Cue::Invoice, 2.0f, None },
    { "for ~1 my|our ~1 records|files|accounts|accountant|tax|taxes|bookkeeping|claim|insurance", Cue::Invoice, 1.0f,
        None },
    { "make|made|put|change|update|amend|correct|address ~3 invoice|bill ~2 out|to|in|name|company|business",
        Cue::Invoice, 2.0f, None },
    { "invoice|invoices|bill", Cue::Invoice, 1.0f, None },
    { "need|want|require|like|get|have ~4 invoice|invoices|bill|copy|copies|receipt", Cue::Invoice, 2.0f, None },
    { "what|what's|whats|which ~2 reference|ref|name|description ~3 use|put|account|on|quote|give", Cue::Invoice, 2.5f,
        None },
    { "what's|whats|what_is ~1 the|your ~1 ref|reference|invoice_number|account_name|payee_name", Cue::Invoice, 2.0f,
        None },
    { "confirmation_of_payee|payee_name|account_name|name_on_the_account", Cue::Invoice, 2.5f, None },
    { "portal|coupa|ariba|tungsten|purchase_order|po|accounts_payable|ap_team|procurement", Cue::Invoice, 2.5f, None },
    { "invoices|invoice|bill ~2 sent|addressed|made_out|issued to", Cue::Invoice, 2.0f, None },
    { "address|made_out ~3 invoice|bill ~2 to", Cue::Invoice, 2.0f, None },
    { "old|previous|work|former ~2 address|email", Cue::Invoice, 1.5f, None },
    { "can't|cannot|no_longer ~1 get_into|access|log_in", Cue::Invoice, 1.5f, None },
    { "can|could|would|will|please you ~2 send|email|resend|forward|text|whatsapp|share|give|post|make|update|amend|"
      "correct|change|address ~3 it|invoice|bill|"
      "copy|details|one|that|again|over|through|across|photo|pdf|link|breakdown|statement|total|number|account",
        Cue::Invoice, 2.0f, None },
    { "^ resend|invoice|bill|details|copy|pdf", Cue::Invoice, 2.0f, None },

    // ---- opting out
    { "unsubscribe|stopall|opt-out|opt_out|opting_out", Cue::Stop, 3.0f, N },
    { "opt|opting ~2 out", Cue::Stop, 3.0f, N },
    { "stop|quit|cease|halt|end|cancel ~3 "
      "text*|messag*|contact*|send*|sms*|remind*|chas*|email*|call*|ring*|harass*|spam*|"
      "bother*|pester*|hassl*|these|them|automated|nagging|nag",
        Cue::Stop, 3.0f, N },
    { "stop it|this|now", Cue::Stop, 2.5f, N },
    { "text*|messag*|remind*|contact|calls|chasers|harassment|spam|these ~3 stop|end|cease", Cue::Stop, 3.0f, N },
    { "enough ~2 texts|messages|reminders|chasing|nagging", Cue::Stop, 2.5f, None },
    { "don't|do_not|no_longer|withdraw|revoke ~1 consent", Cue::Stop, 2.5f, None },
    { "remove|delete|erase|bin|lose|scrub|wipe|purge ~3 number|mobile|details|data|me|info|information|contact|phone|"
      "us|email",
        Cue::Stop, 3.0f, N },
    { "take|get ~3 off ~3 list|system|database|records|reminders|books|mailing|contacts|register", Cue::Stop, 3.0f, N },
    { "take|get ~1 me|us|my|this ~2 off", Cue::Stop, 2.5f, N },
    { "don't|do_not|never|stop ~1 text|message|contact|sms|call|ring|email|bother|chase|pester|harass|hassle "
      "~2 me|us|again|this|anymore|any_more",
        Cue::StopSoft, 3.0f, None },
    { "don't|do_not ~2 send ~2 more|any|messages|texts|reminders|these", Cue::StopSoft, 3.0f, None },
    { "no more ~1 texts|messages|reminders|sms|contact|emails|calls|chasers|of_these|nagging|spam", Cue::StopSoft, 3.0f,
        None },
    { "leave me|us alone", Cue::StopSoft, 3.0f, None },
    { "don't|do_not ~1 want ~3 messag*|text*|remind*|contact*|these|this|them|hearing|any_more|anymore", Cue::StopSoft,
        3.0f, None },
    { "no longer ~1 wish|want ~1 to ~2 receive|get|be_contacted", Cue::Stop, 3.0f, None },
    { "don't|do_not|dont ~1 wish|want ~1 to ~2 receive|get|be_contacted|hear", Cue::Stop, 3.0f, None },
    { "can|could|would|will you ~1 not|stop ~1 text|message|contact|sms|call|email|texting|messaging|contacting",
        Cue::Stop, 3.0f, None },
    { "switch|turn|shut ~3 off", Cue::Stop, 2.5f, N },
    { "harassment|harassing|harass|spamming|spam", Cue::Stop, 2.0f, N },
    { "block|blocking|blocked ~2 you|number|this|these", Cue::Stop, 2.0f, N },
    { "gdpr|right_to_be_forgotten|data_protection", Cue::Stop, 2.5f, None },
    { "not interested", Cue::StopSoft, 1.5f, None },

    // ---- channel preference (not an opt-out)
    { "email|call|ring|whatsapp|phone|post|letter ~2 me|us ~2 instead|rather|only", Cue::ChannelPref, 3.0f, X },
    { "instead_of|rather_than ~1 text*|sms|messag*|phone|calling", Cue::ChannelPref, 3.0f, X },
    { "by|via|through|over ~1 email|whatsapp|post|letter ~2 instead|rather|please|only", Cue::ChannelPref, 2.5f, X },
    { "contact|reach|message|text ~2 me|us ~2 on|at|via|by ~2 email|whatsapp|new|other|work|landline", Cue::ChannelPref,
        2.5f, X },
    { "prefer|rather ~2 email|call|calls|whatsapp|letter|post", Cue::ChannelPref, 2.5f, X },
    { "my new|other|work ~1 number|mobile|email", Cue::ChannelPref, 2.0f, X },

    // ---- not the client
    { "wrong number|person|house|address|guy|girl|one|people|customer|client|mobile|phone|name|#cap", Cue::WrongPerson,
        3.0f, X },
    { "wrong #cap", Cue::WrongPerson, 3.0f, X },
    { "not|isn't ~1 the ~1 right #cap|person|one|guy|number|house|people|customer|address", Cue::WrongPerson, 3.0f, X },
    { "not_the_right|isn't_the_right #cap", Cue::WrongPerson, 3.0f, X },
    { "not|isn't|wasn't me|us|mine|ours", Cue::WrongPerson, 2.5f, X },
    { "never ~2 used|hired|heard|booked|dealt|ordered|requested|met|employed|engaged|contacted|asked", Cue::WrongPerson,
        3.0f, None },
    { "never had ~3 work|job|anything|service|services", Cue::WrongPerson, 3.0f, None },
    { "never ~2 been_to|had_you|worked_with|done_business|dealt_with|been_a", Cue::WrongPerson, 3.0f, None },
    { "mixed|mix ~2 up|me_up|us_up", Cue::WrongPerson, 3.0f, None },
    { "someone|somebody|some ~1 else|other_person|one_else", Cue::WrongPerson, 2.5f, None },
    { "another|different|other ~1 person|customer|client|family|people", Cue::WrongPerson, 2.0f, None },
    { "mistaken_identity|confused_me_with|confusing_me_with|think_you_mean|you're_thinking_of", Cue::WrongPerson, 3.0f,
        None },
    { "name ~1 isn't|is_not|'s_not|is_n't|ain't", Cue::WrongPerson, 3.0f, None },
    { "who gave you ~2 number|details", Cue::WrongPerson, 2.5f, None },
    { "isn't|not|no_longer|wasn't ~1 #cap ~1 phone|number|mobile", Cue::WrongPerson, 3.0f, None },
    { "phone|number|mobile ~1 anymore|any_more|any_longer", Cue::WrongPerson, 2.0f, None },
    { "haven't|didn't|hasn't|have_not|did_not ~1 hire|hired|book|booked|use|used|order|ordered|engage|engaged|employ|"
      "request|requested",
        Cue::WrongPerson, 2.5f, None },
    { "don't|do_not ~1 know ~2 you|who|any|this|your|anyone|anybody|a|an|them", Cue::WrongPerson, 2.5f, None },
    { "no idea ~2 who|you", Cue::WrongPerson, 2.5f, None },
    { "i'm|i_am not #cap", Cue::WrongPerson, 3.0f, None },
    { "i'm|i_am|we're|we_are not ~2 customer|customers|client|clients", Cue::WrongPerson, 3.0f, None },
    { "no_one|nobody|no_-_one ~2 called|named|by_that_name|here|lives", Cue::WrongPerson, 3.0f, None },
    { "there's|there_is|is no ~2 here", Cue::WrongPerson, 3.0f, None },
    { "no #cap here", Cue::WrongPerson, 3.0f, None },
    { "previous|last|former|old ~1 tenant|tenants|owner|owners|occupant|occupants|resident|residents|owner's",
        Cue::WrongPerson, 3.0f, None },
    { "moved_out|moved_in|just_moved|new_number|got_this_number", Cue::WrongPerson, 2.5f, None },
    { "this number ~2 used|belonged|was|belongs", Cue::WrongPerson, 2.5f, None },
    { "number_used_to|used_to_belong|used_to_be", Cue::WrongPerson, 2.5f, None },
    { "my_ex|you_mean_my|you_want_my|must_be_a_typo|typo_in_the_number|wrong_digits|misdialled|misdialed",
        Cue::WrongPerson, 3.0f, None },
    { "landline|dental_surgery|this_is_a_business|this_is_the_office_of", Cue::WrongPerson, 2.0f, None },
    { "scam|scammer|phishing|fraud", Cue::WrongPerson, 1.0f, None },
    { "don't|do_not ~1 have ~2 kids|children|a_pool|a_garden|a_car|a_dog", Cue::WrongPerson, 1.5f, None },
    { "not|never a|an ~1 customer|client", Cue::WrongPerson, 3.0f, None },
    { "who ~4 ? ~2 i|we|i've ~1 never|don't|haven't|didn't|do_not", Cue::WrongPerson, 2.5f, None },
    { "don't|do_not ~1 have|own|use|employ|need ~1 a|an|any", Cue::WrongPerson, 1.0f, None },

    // ---- who is this; acknowledgements; other topics; forwarding
    { "who's|whos|who_is|who_are|who_r ~1 this|you|that|it|texting|messaging|?", Cue::WhoAreYou, 2.0f, None },
    { "who dis|sent|texting|messaging", Cue::WhoAreYou, 2.0f, None },
    { "who|who's|whos|who_is ~3 from", Cue::WhoAreYou, 2.5f, X },
    { "^ who ?", Cue::WhoAreYou, 2.0f, None },
    { "^ sorry ?, who", Cue::WhoAreYou, 2.0f, None },
    { "what|which ~1 company|business ~1 is|are ~1 this|you", Cue::WhoAreYou, 2.0f, None },
    { "thanks|thank|cheers ~2 reminder|message|heads_up|heads_-_up|letting_me_know|nudge|text", Cue::Ack, 2.0f, None },
    { "do|does you ~1 do|have|work|fit|install|offer|sell|take|repair|service|cover|teach|clean", Cue::Enquiry, 1.5f,
        None },
    { "are you ~1 free|available|around|taking|open|busy|coming|still|doing", Cue::Enquiry, 1.5f, None },
    { "can|could|would you ~1 fit|come|quote|recommend|install|look|pop|check|book|help|also|tag|pick|ring|call|phone",
        Cue::Enquiry, 1.5f, None },
    { "what time", Cue::Enquiry, 1.5f, None },
    { "can|could|would you ~1 do|make|manage #fdate", Cue::Enquiry, 2.0f, None },
    { "reschedule|rearrange|swap|move ~3 lesson|lessons|appointment|visit|service|job|booking|session|class",
        Cue::Enquiry, 1.5f, None },
    { "photos|pictures|pics|photo|video ~2 of", Cue::Enquiry, 1.5f, None },
    { "when ~2 you ~1 coming|come|start|back|free", Cue::Enquiry, 1.5f, None },
    { "quote|estimate ~1 for|on", Cue::Enquiry, 2.0f, X },
    { "send|give|get|need|want|do ~3 quote|quotes|estimate", Cue::Enquiry, 2.0f, X },
    { "see_you|see_ya|catch_you|speak_soon|talk_soon|chat_soon|have_a_good|have_a_great|enjoy_your|hope_you|"
      "hope_you're|hope_all|hope_everything|had_a_good|had_a_great|how_are_you|how_was|how's_it_going|hope_your",
        Cue::Enquiry, 1.5f, None },
    { "booking|bookings|appointment|availability|book_in|review|reviews|insta|instagram|facebook|website|tiktok|"
      "recommend|referral|tag_you",
        Cue::Enquiry, 1.5f, None },
    { "did_you_leave|you_left_your|your_van|your_drill|your_tools|your_ladder", Cue::Enquiry, 1.5f, None },
    { "congrats|congratulations|merry_christmas|happy_christmas|happy_new_year|happy_birthday|happy_holidays|"
      "season's_greetings|well_done|great_job|good_job|brilliant_job|loved|love_the|thank_you_for|thanks_for",
        Cue::Enquiry, 1.5f, None },
    { "stop|pop|drop by|round|in|off|over", Cue::Enquiry, 1.5f, X },
    { "forwarded|forward|passed|sent|given|handed|shared ~2 to|on|onto ~2 my|our|the|his|her ~1 accountant|bookkeeper|"
      "accounts|husband|wife|partner|boss|office|finance|admin|team|manager|dad|mum|mom|son|daughter|landlord|"
      "employer|pa|secretary|department|dept|colleague|payroll",
        Cue::Forwarded, 2.5f, X },
    { "i'll|will|'ll ~1 pass ~2 on|along", Cue::Forwarded, 1.5f, None },

    // ---- payment context (a date near these is a payment date)
    { "wages|wage|salary|pension|payday|paycheck|paycheque|payslip|stipend|allowance|bonus|benefits|super|loan|"
      "funds|pay|paid|payment|money|transfer|invoice|bill|balance|cash|contract|bank|banking|refund|payout",
        Cue::PayContext, 1.0f, None },

    // ---- part of the sum
    { "half|part|portion|rest|remaining|remainder|balance|only|deposit|some|bit|third|quarter", Cue::Partial, 1.0f,
        None },
};

#undef NOT_FUTURE
#undef NOT_FUTURE_BASE
#undef NOT_MONEY_SENT
#undef PAY_VERBS
#undef MONEY

// Tokens a gap never skips: a negation, a contrast or a condition changes what follows.
const QSet<QStringView> &gapStops()
{
    static const QSet<QStringView> s = { u"but", u"not", u"never", u"don't", u"won't", u"can't", u"cannot", u"didn't",
        u"haven't", u"isn't", u"wasn't", u"doesn't", u"back", u"if", u"unless", u"until", u"till", u"because", u"will",
        u"'ll", u"i'll", u"we'll", u"or", u"though", u"although", u"however" };
    return s;
}

bool isNegator(QStringView w)
{
    static const QSet<QStringView> s = { u"not", u"no", u"never", u"don't", u"didn't", u"haven't", u"hasn't", u"hadn't",
        u"won't", u"can't", u"cannot", u"isn't", u"wasn't", u"aren't", u"weren't", u"doesn't", u"couldn't", u"wouldn't",
        u"shouldn't", u"ain't", u"without", u"non", u"nor", u"yet" };
    return s.contains(w);
}

// "no worries", "no problem": not a negation of what follows.
bool isNoIdiom(QStringView w)
{
    static const QSet<QStringView> s = { u"worries", u"problem", u"problems", u"probs", u"prob", u"dramas", u"bother",
        u"stress", u"rush", u"doubt", u"issue", u"issues", u"need" };
    return s.contains(w);
}

// Words that may follow a phrase marked '$' ("stop pls", "done ✔️", "on it mate").
bool isFiller(QStringView w)
{
    static const QSet<QStringView> s = { u"please", u"thanks", u"now", u"x", u"xx", u"xxx", u"mate", u"sir", u"ok",
        u"thank", u"you", u"cheers", u"then", u"lol", u"haha", u"hun", u"love", u"madam", u"ma'am", u"boss", u"bro",
        u"buddy", u"dear", u"ta", u"already", u"thx", u"just", u"it", u"all" };
    return s.contains(w);
}

// One alternative of an element: a word, a prefix ("text*"), or a sequence of words ("sort_code", "no_-_one";
// hyphenated words are split the way the tokenizer splits them: "re-send" is "re", "-", "send").
struct Alternative {
    QStringList words;
    bool prefix = false;
    // A span or token class standing in for a word ("#amt", "#date", "#fdate", "#num", "#cap"), known at parse time.
    enum Special : quint8 { Word, Amount, Date, FutureDate, Num, Cap, Unknown } special = Word;
};

struct Element {
    enum Kind : quint8 { Words, Gap, Amount, Date, FutureDate, AnyDate, Cap, Num, NotBefore, NotAfter, Start, End };
    Kind kind = Words;
    bool optional = false;
    int gap = 0;
    QList<Alternative> alternatives;

    // The length of the first alternative that matches at pos, or -1 (several may: see Matcher::matchFrom).
    bool matchesWord(QStringView w) const
    {
        for (const Alternative &a : alternatives) {
            if (a.words.size() != 1)
                continue;
            if (a.prefix ? w.startsWith(a.words.front()) : w == a.words.front())
                return true;
        }
        return false;
    }
};

struct Pattern {
    QList<Element> elements;
    qsizetype firstMatching = 0; // the first element that consumes a token
    Cue cue = Cue::Paid;
    float weight = 0;
    quint8 flags = 0;
};

Alternative parseAlternative(const QString &alt)
{
    Alternative a;
    QString body = alt;
    if (body.size() > 1 && body.endsWith(u'*')) {
        a.prefix = true;
        body.chop(1);
    }
    if (body.size() > 1 && body.startsWith(u'#')) {
        static const QHash<QString, Alternative::Special> specials = { { QStringLiteral("#amt"), Alternative::Amount },
            { QStringLiteral("#date"), Alternative::Date }, { QStringLiteral("#fdate"), Alternative::FutureDate },
            { QStringLiteral("#num"), Alternative::Num }, { QStringLiteral("#cap"), Alternative::Cap } };
        a.special = specials.value(body, Alternative::Unknown);
    }
    for (const QString &part : body.split(u'_', Qt::SkipEmptyParts)) {
        if (part.size() > 1 && part.contains(u'-')) {
            const QStringList pieces = part.split(u'-');
            for (qsizetype k = 0; k < pieces.size(); ++k) {
                if (k > 0)
                    a.words << QStringLiteral("-");
                if (!pieces[k].isEmpty())
                    a.words << pieces[k];
            }
        } else {
            a.words << part;
        }
    }
    return a;
}

Element parseElement(const QString &spec)
{
    Element e;
    if (spec == u"^") {
        e.kind = Element::Start;
        return e;
    }
    if (spec == u"$") {
        e.kind = Element::End;
        return e;
    }
    if (spec.size() > 1 && spec.startsWith(u'~')) {
        e.kind = Element::Gap;
        e.gap = spec.mid(1).toInt();
        return e;
    }
    if (spec == u"#amt")
        e.kind = Element::Amount;
    else if (spec == u"#date")
        e.kind = Element::Date;
    else if (spec == u"#fdate")
        e.kind = Element::FutureDate;
    else if (spec == u"#when")
        e.kind = Element::AnyDate;
    else if (spec == u"#cap")
        e.kind = Element::Cap;
    else if (spec == u"#num")
        e.kind = Element::Num;
    if (e.kind != Element::Words)
        return e;
    QString body = spec;
    if (body.size() > 1 && body.startsWith(u'!')) {
        e.kind = Element::NotBefore;
        body.remove(0, 1);
    } else if (body.size() > 1 && body.startsWith(u'-')) {
        e.kind = Element::NotAfter;
        body.remove(0, 1);
    } else if (body.size() > 1 && body.startsWith(u'?')) {
        e.optional = true;
        body.remove(0, 1);
    }
    // '#amt', '#date', '#num', '#cap' may appear as alternatives of a word group: kept as words starting with '#'.
    for (const QString &alt : body.split(u'|', Qt::SkipEmptyParts))
        e.alternatives << parseAlternative(alt);
    return e;
}

struct Lexicon {
    QList<Pattern> patterns;
    // Patterns whose first consuming element is a plain word group, by those words (views into `patterns`).
    QHash<QStringView, QList<int>> byFirstWord;
    QList<int> unindexed; // the others (prefixes, amounts, dates, names, ...)

    Lexicon()
    {
        for (const Phrase &ph : Phrases) {
            Pattern p;
            p.cue = ph.cue;
            p.weight = ph.weight;
            p.flags = ph.flags;
            for (const QString &spec : QString::fromUtf8(ph.pattern).split(u' ', Qt::SkipEmptyParts))
                p.elements.append(parseElement(spec));
            while (p.firstMatching < p.elements.size()
                && (p.elements[p.firstMatching].kind == Element::Start
                    || p.elements[p.firstMatching].kind == Element::NotBefore))
                ++p.firstMatching;
            const int index = int(patterns.size());
            patterns.append(p);
            const Element &first = patterns.constLast().elements.at(p.firstMatching);
            bool indexable = first.kind == Element::Words && !first.optional;
            for (const Alternative &a : first.alternatives)
                indexable = indexable && !a.prefix && a.special == Alternative::Word;
            if (indexable) {
                QSet<QStringView> keys;
                for (const Alternative &a : first.alternatives)
                    keys.insert(a.words.front());
                for (QStringView k : keys)
                    byFirstWord[k].append(index);
            } else {
                unindexed.append(index);
            }
        }
    }
};

const Lexicon &lexicon()
{
    static const Lexicon l;
    return l;
}

class Matcher
{
public:
    Matcher(
        const TokenizedText &text, const QList<DateSpan> &dates, const QList<AmountSpan> &amounts, const QDate &today)
        : t(text)
        , n(text.size())
        , dateEnd(n, -1)
        , dateFuture(n, false)
        , dateVague(n, false)
        , amountEnd(n, -1)
    {
        for (const DateSpan &d : dates) {
            dateEnd[d.first] = d.last;
            dateVague[d.first] = d.match.vague;
            dateFuture[d.first] = !d.match.vague && d.match.date >= today;
        }
        for (const AmountSpan &a : amounts)
            amountEnd[a.first] = a.last;
        firstContent = 0;
        while (firstContent < n && t.tokens[firstContent].kind == TokenKind::Symbol)
            ++firstContent;
    }

    qsizetype matchFrom(const Pattern &p, qsizetype e, qsizetype pos) const;
    qsizetype matchAlternative(const Alternative &a, qsizetype pos) const;
    bool negatedBefore(qsizetype first) const;
    bool blockedBefore(const Element &e, qsizetype first) const;
    bool sentenceStart(qsizetype i) const
    {
        for (qsizetype k = i - 1; k >= 0; --k) {
            if (t.isSentenceEnd(k))
                return true;
            if (t.tokens[k].kind != TokenKind::Symbol)
                return false;
        }
        return true;
    }

    // A capitalised word that does not start its sentence: a name ("the wrong Sarah", "no Roberts here").
    bool isName(qsizetype pos) const
    {
        return pos < n && t.tokens[pos].kind == TokenKind::Word && t.tokens[pos].capitalized
            && t.tokens[pos].norm != u"i" && !sentenceStart(pos);
    }

    const TokenizedText &t;
    const qsizetype n;
    QList<qsizetype> dateEnd;
    QList<bool> dateFuture;
    QList<bool> dateVague;
    QList<qsizetype> amountEnd;
    qsizetype firstContent = 0;
};

qsizetype Matcher::matchFrom(const Pattern &p, qsizetype e, qsizetype pos) const
{
    if (e == p.elements.size())
        return pos;
    const Element &el = p.elements[e];
    switch (el.kind) {
    case Element::Words:
        for (const Alternative &a : el.alternatives) {
            const qsizetype end = matchAlternative(a, pos);
            if (end < 0)
                continue;
            const qsizetype r = matchFrom(p, e + 1, end);
            if (r >= 0)
                return r;
        }
        return el.optional ? matchFrom(p, e + 1, pos) : -1;
    case Element::Gap:
        for (int k = 0; k <= el.gap; ++k) {
            const qsizetype q = pos + k;
            if (k > 0) {
                if (q - 1 >= n || t.isSentenceEnd(q - 1) || gapStops().contains(t.tokens[q - 1].norm))
                    break;
            }
            const qsizetype r = matchFrom(p, e + 1, q);
            if (r >= 0)
                return r;
        }
        return -1;
    case Element::Amount:
        return pos < n && amountEnd[pos] > pos ? matchFrom(p, e + 1, amountEnd[pos]) : -1;
    case Element::Date:
        return pos < n && dateEnd[pos] > pos && !dateVague[pos] ? matchFrom(p, e + 1, dateEnd[pos]) : -1;
    case Element::FutureDate:
        return pos < n && dateEnd[pos] > pos && dateFuture[pos] ? matchFrom(p, e + 1, dateEnd[pos]) : -1;
    case Element::AnyDate:
        return pos < n && dateEnd[pos] > pos ? matchFrom(p, e + 1, dateEnd[pos]) : -1;
    case Element::Cap:
        return isName(pos) ? matchFrom(p, e + 1, pos + 1) : -1;
    case Element::Num:
        return pos < n && t.tokens[pos].kind == TokenKind::Number ? matchFrom(p, e + 1, pos + 1) : -1;
    case Element::NotAfter:
        for (qsizetype k = pos; k < n && k < pos + 3 && !t.isSentenceEnd(k); ++k)
            if (el.matchesWord(t.tokens[k].norm))
                return -1;
        return matchFrom(p, e + 1, pos);
    case Element::End:
        for (qsizetype k = pos; k < n; ++k)
            if (t.tokens[k].kind != TokenKind::Symbol && !isFiller(t.tokens[k].norm))
                return -1;
        return matchFrom(p, e + 1, pos);
    case Element::Start:
    case Element::NotBefore:
        return matchFrom(p, e + 1, pos);
    }
    return -1;
}

// Where an alternative that matches at pos ends, or -1. "#amt", "#date", "#fdate", "#num" and "#cap" may be
// alternatives in a word group.
qsizetype Matcher::matchAlternative(const Alternative &a, qsizetype pos) const
{
    if (pos >= n)
        return -1;
    const QString &first = a.words.front();
    switch (a.special) {
    case Alternative::Word:
        break;
    case Alternative::Amount:
        return amountEnd[pos] > pos ? amountEnd[pos] : -1;
    case Alternative::Date:
        return dateEnd[pos] > pos && !dateVague[pos] ? dateEnd[pos] : -1;
    case Alternative::FutureDate:
        return dateEnd[pos] > pos && dateFuture[pos] ? dateEnd[pos] : -1;
    case Alternative::Num:
        return t.tokens[pos].kind == TokenKind::Number ? pos + 1 : -1;
    case Alternative::Cap:
        return isName(pos) ? pos + 1 : -1;
    case Alternative::Unknown:
        return -1;
    }
    if (a.prefix)
        return t.tokens[pos].norm.startsWith(first) ? pos + 1 : -1;
    qsizetype k = pos;
    for (const QString &w : a.words) {
        if (k >= n || t.tokens[k].norm != w)
            return -1;
        ++k;
    }
    return k;
}

// A negation among the three tokens before, in the same clause ("haven't paid", "not paid yet", "don't stop").
bool Matcher::negatedBefore(qsizetype first) const
{
    for (qsizetype k = first - 1; k >= 0 && k >= first - 3; --k) {
        const Token &tok = t.tokens[k];
        if (t.isSentenceEnd(k) || tok.norm == u"," || tok.norm == u"but" || tok.norm == u"—" || tok.norm == u"-")
            return false;
        if (isNegator(tok.norm) && !(tok.norm == u"no" && k + 1 < n && isNoIdiom(t.tokens[k + 1].norm)))
            return true;
        if (tok.norm.endsWith(u"n't"))
            return true;
    }
    return false;
}

bool Matcher::blockedBefore(const Element &e, qsizetype first) const
{
    for (qsizetype k = first - 1; k >= 0 && k >= first - 3; --k) {
        if (t.isSentenceEnd(k))
            return false;
        if (e.matchesWord(t.tokens[k].norm))
            return true;
    }
    return false;
}

struct TopicWord {
    const char16_t *word;
    Topic topic;
    float weight;
};

// Hand-weighted: a word that nearly always means the topic weighs 1, a hint 0.3 to 0.6.
constexpr TopicWord TopicWords[] = {
    { u"paid", Topic::Paid, 1.0f },
    { u"transferred", Topic::Paid, 1.0f },
    { u"deposited", Topic::Paid, 1.0f },
    { u"credited", Topic::Paid, 0.8f },
    { u"processed", Topic::Paid, 0.6f },
    { u"settled", Topic::Paid, 0.8f },
    { u"cleared", Topic::Paid, 0.6f },
    { u"sent", Topic::Paid, 0.6f },
    { u"done", Topic::Paid, 0.4f },
    { u"already", Topic::Paid, 0.5f },
    { u"receipt", Topic::Paid, 0.5f },
    { u"confirmation", Topic::Paid, 0.5f },
    { u"yesterday", Topic::Paid, 0.4f },
    { u"earlier", Topic::Paid, 0.4f },
    { u"ago", Topic::Paid, 0.4f },
    { u"went", Topic::Paid, 0.3f },
    { u"gone", Topic::Paid, 0.3f },
    { u"bank's", Topic::Paid, 0.4f },
    { u"cheque", Topic::Paid, 0.4f },
    { u"check", Topic::Paid, 0.2f },
    { u"ref", Topic::Paid, 0.3f },
    { u"will", Topic::Promise, 0.5f },
    { u"i'll", Topic::Promise, 0.6f },
    { u"we'll", Topic::Promise, 0.6f },
    { u"tomorrow", Topic::Promise, 0.5f },
    { u"soon", Topic::Promise, 0.4f },
    { u"pay", Topic::Promise, 0.4f },
    { u"tonight", Topic::Promise, 0.4f },
    { u"promise", Topic::Promise, 0.6f },
    { u"asap", Topic::Promise, 0.4f },
    { u"shortly", Topic::Promise, 0.4f },
    { u"payday", Topic::Promise, 0.5f },
    { u"wages", Topic::Promise, 0.4f },
    { u"salary", Topic::Promise, 0.4f },
    { u"definitely", Topic::Promise, 0.3f },
    { u"wrong", Topic::Dispute, 0.5f },
    { u"quoted", Topic::Dispute, 0.8f },
    { u"quote", Topic::Dispute, 0.4f },
    { u"charged", Topic::Dispute, 0.6f },
    { u"overcharged", Topic::Dispute, 1.0f },
    { u"expensive", Topic::Dispute, 0.8f },
    { u"still", Topic::Dispute, 0.4f },
    { u"broken", Topic::Dispute, 0.6f },
    { u"leak", Topic::Dispute, 0.6f },
    { u"leaking", Topic::Dispute, 0.6f },
    { u"damage", Topic::Dispute, 0.8f },
    { u"damaged", Topic::Dispute, 0.8f },
    { u"mess", Topic::Dispute, 0.6f },
    { u"unhappy", Topic::Dispute, 0.8f },
    { u"refund", Topic::Dispute, 0.6f },
    { u"why", Topic::Dispute, 0.4f },
    { u"complaint", Topic::Dispute, 1.0f },
    { u"fix", Topic::Dispute, 0.5f },
    { u"agreed", Topic::Dispute, 0.6f },
    { u"price", Topic::Dispute, 0.5f },
    { u"cost", Topic::Dispute, 0.3f },
    { u"extra", Topic::Dispute, 0.4f },
    { u"fee", Topic::Dispute, 0.4f },
    { u"hours", Topic::Dispute, 0.3f },
    { u"properly", Topic::Dispute, 0.5f },
    { u"finished", Topic::Dispute, 0.3f },
    { u"rate", Topic::Dispute, 0.3f },
    { u"invoice", Topic::Invoice, 0.8f },
    { u"bill", Topic::Invoice, 0.4f },
    { u"copy", Topic::Invoice, 0.8f },
    { u"details", Topic::Invoice, 0.6f },
    { u"which", Topic::Invoice, 0.5f },
    { u"reference", Topic::Invoice, 0.6f },
    { u"total", Topic::Invoice, 0.5f },
    { u"amount", Topic::Invoice, 0.4f },
    { u"owe", Topic::Invoice, 0.5f },
    { u"breakdown", Topic::Invoice, 1.0f },
    { u"pdf", Topic::Invoice, 1.0f },
    { u"link", Topic::Invoice, 0.6f },
    { u"how", Topic::Invoice, 0.3f },
    { u"where", Topic::Invoice, 0.3f },
    { u"email", Topic::Invoice, 0.3f },
    { u"job", Topic::Invoice, 0.2f },
    { u"account", Topic::Invoice, 0.3f },
    { u"instalments", Topic::Plan, 1.0f },
    { u"split", Topic::Plan, 0.8f },
    { u"half", Topic::Plan, 0.5f },
    { u"monthly", Topic::Plan, 0.8f },
    { u"weekly", Topic::Plan, 0.8f },
    { u"afford", Topic::Plan, 0.8f },
    { u"struggling", Topic::Plan, 1.0f },
    { u"tight", Topic::Plan, 0.8f },
    { u"short", Topic::Plan, 0.5f },
    { u"redundant", Topic::Plan, 1.0f },
    { u"hardship", Topic::Plan, 1.0f },
    { u"plan", Topic::Plan, 0.6f },
    { u"patience", Topic::Plan, 0.6f },
    { u"wait", Topic::Plan, 0.5f },
    { u"time", Topic::Plan, 0.3f },
    { u"each", Topic::Plan, 0.3f },
    { u"every", Topic::Plan, 0.3f },
    { u"gradually", Topic::Plan, 1.0f },
    { u"longer", Topic::Plan, 0.6f },
    { u"difficult", Topic::Plan, 0.6f },
    { u"tough", Topic::Plan, 0.6f },
    { u"stop", Topic::Stop, 0.8f },
    { u"messages", Topic::Stop, 0.5f },
    { u"texts", Topic::Stop, 0.6f },
    { u"texting", Topic::Stop, 0.6f },
    { u"contact", Topic::Stop, 0.4f },
    { u"remove", Topic::Stop, 0.8f },
    { u"unsubscribe", Topic::Stop, 1.0f },
    { u"spam", Topic::Stop, 0.8f },
    { u"anymore", Topic::Stop, 0.5f },
    { u"receive", Topic::Stop, 0.3f },
    { u"wish", Topic::Stop, 0.3f },
    { u"harassment", Topic::Stop, 1.0f },
    { u"reminders", Topic::Stop, 0.4f },
    { u"messaging", Topic::Stop, 0.6f },
    { u"never", Topic::WrongPerson, 0.4f },
    { u"who", Topic::WrongPerson, 0.3f },
    { u"moved", Topic::WrongPerson, 0.6f },
    { u"tenant", Topic::WrongPerson, 1.0f },
    { u"person", Topic::WrongPerson, 0.5f },
    { u"someone", Topic::WrongPerson, 0.5f },
    { u"know", Topic::WrongPerson, 0.3f },
    { u"number", Topic::WrongPerson, 0.3f },
};

const QHash<QStringView, QList<std::pair<Topic, float>>> &topicTable()
{
    static const QHash<QStringView, QList<std::pair<Topic, float>>> table = [] {
        QHash<QStringView, QList<std::pair<Topic, float>>> t;
        for (const TopicWord &w : TopicWords)
            t[QStringView(w.word)].append({ w.topic, w.weight });
        return t;
    }();
    return table;
}

} // namespace

std::array<float, TopicCount> topicScores(const TokenizedText &text)
{
    std::array<float, TopicCount> scores{};
    const auto &table = topicTable();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto it = table.constFind(text.tokens[i].norm);
        if (it == table.cend())
            continue;
        bool negated = false;
        for (qsizetype k = i - 1; k >= 0 && k >= i - 2 && !text.isSentenceEnd(k); --k)
            negated = negated || isNegator(text.at(k)) || text.at(k).endsWith(u"n't");
        if (negated)
            continue;
        for (const auto &[topic, weight] : *it)
            scores[static_cast<int>(topic)] += weight;
    }
    return scores;
}

Evidence findCues(
    const TokenizedText &text, const QList<DateSpan> &dates, const QList<AmountSpan> &amounts, const QDate &today)
{
    const Lexicon &lex = lexicon();
    const Matcher m(text, dates, amounts, today);
    Evidence ev;
    const qsizetype n = text.size();
    auto tryPattern = [&](int index, qsizetype pos) {
        const Pattern &p = lex.patterns[index];
        if (p.firstMatching > 0) {
            for (qsizetype e = 0; e < p.firstMatching; ++e) {
                const Element &el = p.elements[e];
                if (el.kind == Element::Start && pos != m.firstContent)
                    return;
                if (el.kind == Element::NotBefore && m.blockedBefore(el, pos))
                    return;
            }
        }
        const qsizetype end = m.matchFrom(p, p.firstMatching, pos);
        if (end <= pos)
            return;
        if ((p.flags & N) && m.negatedBefore(pos))
            return;
        ev.hits.append(CueHit{ p.cue, p.weight, pos, end, (p.flags & X) != 0 });
    };
    for (qsizetype pos = 0; pos < n; ++pos) {
        const auto it = lex.byFirstWord.constFind(text.tokens[pos].norm);
        if (it != lex.byFirstWord.cend()) {
            for (int index : *it)
                tryPattern(index, pos);
        }
        for (int index : lex.unindexed)
            tryPattern(index, pos);
    }
    // Exclusive phrases shadow the cues that start inside them.
    QList<CueHit> kept;
    kept.reserve(ev.hits.size());
    for (const CueHit &h : ev.hits) {
        bool shadowed = false;
        for (const CueHit &x : ev.hits) {
            if (&x == &h || x.cue == h.cue)
                continue;
            if (x.exclusive && h.first >= x.first && h.first < x.last && h.cue != Cue::PayContext
                && h.cue != Cue::Partial) {
                shadowed = true;
                break;
            }
        }
        if (!shadowed)
            kept.append(h);
    }
    ev.hits = kept;
    for (const CueHit &h : ev.hits) {
        float &s = ev.score[static_cast<int>(h.cue)];
        s = std::min(5.0f, s + h.weight);
    }
    return ev;
}

} // namespace duedesk::nlu
