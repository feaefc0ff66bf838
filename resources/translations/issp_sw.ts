<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
    <context>
        <name>AssessmentGridModel</name>
        <message>
            <source>words/min (≥ {0})</source>
            <translation>maneno/dak (≥ {0})</translation>
        </message>
        <message>
            <source>accuracy % (≥ {0})</source>
            <translation>usahihi % (≥ {0})</translation>
        </message>
        <message>
            <source>score (≥ {0})</source>
            <translation>alama (≥ {0})</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>{0} — {1}: {2} {3}</source>
            <translation>{0} — {1}: {2} {3}</translation>
        </message>
        <message>
            <source>{0}: {1} (not saved yet)</source>
            <translation>{0}: {1} (bado haijahifadhiwa)</translation>
        </message>
        <message>
            <source>{0}: no result yet</source>
            <translation>{0}: bado hakuna matokeo</translation>
        </message>
        <message>
            <source>{0}: passed</source>
            <translation>{0}: amefaulu</translation>
        </message>
        <message>
            <source>{0}: not passed</source>
            <translation>{0}: hajafaulu</translation>
        </message>
        <message>
            <source>{0}, {1}: {2}</source>
            <translation>{0}, {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentGridTab</name>
        <message>
            <source>Type a result and press Enter for the next trainee or Tab for the next column. ✔ passed, ✘ not passed, • not saved yet. Save writes all the new results (each one a new attempt) or none.</source>
            <translation>Andika matokeo kisha bonyeza Enter kwenda kwa mwanafunzi wa mafunzo anayefuata au Tab kwa safu inayofuata. ✔ amefaulu, ✘ hajafaulu, • bado haijahifadhiwa. Hifadhi huandika matokeo yote mapya (kila moja jaribio jipya) au hakuna hata moja.</translation>
        </message>
        <message>
            <source>Date the assessment was taken</source>
            <translation>Tarehe ya tathmini</translation>
        </message>
        <message>
            <source>&amp;Taken on:</source>
            <translation>&amp;Tarehe ya tathmini:</translation>
        </message>
        <message>
            <source>Assessment results: trainees by module</source>
            <translation>Matokeo ya tathmini: wanafunzi wa mafunzo kwa moduli</translation>
        </message>
        <message>
            <source>&amp;Save results</source>
            <translation>&amp;Hifadhi matokeo</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Tupilia mbali</translation>
        </message>
        <message>
            <source>This cohort has no modules yet: add them on the Curriculum tab.</source>
            <translation>Kundi hili bado halina moduli: ziongeze kwenye kichupo cha Mtaala.</translation>
        </message>
        <message>
            <source>This cohort has no trainees yet.</source>
            <translation>Kundi hili bado halina wanafunzi wa mafunzo.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) not saved</source>
            <translation>
                <numerusform>Tokeo %n halijahifadhiwa</numerusform>
                <numerusform>Matokeo %n hayajahifadhiwa</numerusform>
            </translation>
        </message>
        <message>
            <source>Not accepted — {0}</source>
            <translation>Haikukubaliwa — {0}</translation>
        </message>
        <message>
            <source>Typing needs both speed and accuracy: {0}. Nothing was saved.</source>
            <translation>Uchapaji unahitaji kasi na usahihi pia: {0}. Hakuna kilichohifadhiwa.</translation>
        </message>
        <message>
            <source>Saved {0} result(s); {1} passed.</source>
            <translation>Matokeo {0} yamehifadhiwa; {1} wamefaulu.</translation>
        </message>
        <message>
            <source>Nothing was saved: {0}</source>
            <translation>Hakuna kilichohifadhiwa: {0}</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <source>Badges</source>
            <translation>Beji</translation>
        </message>
        <message>
            <source>Door kiosk</source>
            <translation>Kioski ya mlangoni</translation>
        </message>
        <message>
            <source>Monthly summary</source>
            <translation>Muhtasari wa mwezi</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Sikukuu za umma</translation>
        </message>
        <message>
            <source>Punches</source>
            <translation>Kuingia na kutoka</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummaryModel</name>
        <message>
            <source>Total</source>
            <translation>Jumla</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit trail</source>
            <translation>Kumbukumbu za ukaguzi</translation>
        </message>
        <message>
            <source>Filter by user, action or record…</source>
            <translation>Chuja kwa mtumiaji, kitendo au rekodi…</translation>
        </message>
        <message>
            <source>Filter the audit trail</source>
            <translation>Chuja kumbukumbu za ukaguzi</translation>
        </message>
        <message>
            <source>&amp;Verify the trail</source>
            <translation>&amp;Thibitisha kumbukumbu</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Maingizo ya ukaguzi</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Audit trail&lt;/h2&gt;Every change anybody made, newest first. Entries can never be changed or removed; Verify proves it.</source>
            <translation>&lt;h2&gt;Kumbukumbu za ukaguzi&lt;/h2&gt;Kila badiliko lililofanywa na mtu yeyote, la karibuni kwanza. Maingizo hayawezi kubadilishwa wala kufutwa; Thibitisha huonyesha hivyo.</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>Maingizo {0}</translation>
        </message>
        <message>
            <source>Checking every entry…</source>
            <translation>Inakagua kila ingizo…</translation>
        </message>
        <message>
            <source>✔ Intact: all {0} entries check out; nothing was changed or removed.</source>
            <translation>✔ Kamili: maingizo yote {0} ni sahihi; hakuna kilichobadilishwa wala kufutwa.</translation>
        </message>
        <message>
            <source>✘ Broken at entry {0}: {1}. The {2} entries before it check out.</source>
            <translation>✘ Imevunjika kwenye ingizo {0}: {1}. Maingizo {2} yaliyotangulia ni sahihi.</translation>
        </message>
    </context>
    <context>
        <name>BadgeDialog</name>
        <message>
            <source>Badge number</source>
            <translation>Nambari ya beji</translation>
        </message>
        <message>
            <source>New badge number</source>
            <translation>Nambari mpya ya beji</translation>
        </message>
        <message>
            <source>empty: the next unused number</source>
            <translation>tupu: nambari inayofuata isiyotumika</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Mtu:</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Sasa:</translation>
        </message>
        <message>
            <source>no badge</source>
            <translation>hana beji</translation>
        </message>
        <message>
            <source>&amp;New number:</source>
            <translation>&amp;Nambari mpya:</translation>
        </message>
    </context>
    <context>
        <name>BadgeModel</name>
        <message>
            <source>— none —</source>
            <translation>— hakuna —</translation>
        </message>
    </context>
    <context>
        <name>BadgePeopleModel</name>
        <message>
            <source>none yet</source>
            <translation>bado hakuna</translation>
        </message>
    </context>
    <context>
        <name>BadgeTab</name>
        <message>
            <source>Stage</source>
            <translation>Hatua</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Wafanyakazi</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Everybody</source>
            <translation>Kila mtu</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>People and their badge numbers</source>
            <translation>Watu na nambari zao za beji</translation>
        </message>
        <message>
            <source>Badges to P&amp;DF…</source>
            <translation>Beji kwenda P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation>&amp;Hatua:</translation>
        </message>
        <message>
            <source>C&amp;ohort:</source>
            <translation>&amp;Kundi:</translation>
        </message>
        <message>
            <source>Select people, or none for everybody listed.</source>
            <translation>Chagua watu, au usichague yeyote ili kupata wote walioorodheshwa.</translation>
        </message>
        <message>
            <source>Any cohort</source>
            <translation>Kundi lolote</translation>
        </message>
        <message>
            <source>{0} people, {1} with a badge number.</source>
            <translation>Watu {0}, {1} wana nambari ya beji.</translation>
        </message>
        <message>
            <source>No badge number yet (not printed): {0}</source>
            <translation>Bado hawana nambari ya beji (hazijachapishwa): {0}</translation>
        </message>
        <message>
            <source>Save the badges as</source>
            <translation>Hifadhi beji kama</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Nobody is listed.</source>
            <translation>Hakuna aliyeorodheshwa.</translation>
        </message>
        <message>
            <source>Printing badges…</source>
            <translation>Inachapisha beji…</translation>
        </message>
        <message>
            <source>Printed {0} badge(s) into {1}.</source>
            <translation>Beji {0} zimechapishwa kwenye {1}.</translation>
        </message>
        <message>
            <source>Left out, no badge number: {0}.</source>
            <translation>Wameachwa, hawana nambari ya beji: {0}.</translation>
        </message>
    </context>
    <context>
        <name>BadgesTab</name>
        <message>
            <source>Find a name or badge number</source>
            <translation>Tafuta jina au nambari ya beji</translation>
        </message>
        <message>
            <source>Trainees too</source>
            <translation>Pamoja na wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Badge numbers</source>
            <translation>Nambari za beji</translation>
        </message>
        <message>
            <source>&amp;Give numbers to everybody without one</source>
            <translation>&amp;Wape nambari wote wasio nazo</translation>
        </message>
        <message>
            <source>&amp;Change number…</source>
            <translation>&amp;Badilisha nambari…</translation>
        </message>
        <message>
            <source>{0} people, {1} without a badge</source>
            <translation>Watu {0}, {1} hawana beji</translation>
        </message>
        <message>
            <source>Gave {0} people badge numbers {1} to {2}.</source>
            <translation>Watu {0} wamepewa nambari za beji {1} hadi {2}.</translation>
        </message>
        <message>
            <source>Everybody already has a badge number.</source>
            <translation>Kila mtu tayari ana nambari ya beji.</translation>
        </message>
        <message>
            <source>Choose a person in the list first.</source>
            <translation>Kwanza chagua mtu kwenye orodha.</translation>
        </message>
    </context>
    <context>
        <name>BatchBoardModel</name>
        <message>
            <source>Batch</source>
            <translation>Bechi</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Mteja</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Mradi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Imepokelewa</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Mwisho</translation>
        </message>
        <message>
            <source>Units done</source>
            <translation>Vipimo vilivyokamilika</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Imewasilishwa</translation>
        </message>
        <message>
            <source>Accuracy %</source>
            <translation>Usahihi %</translation>
        </message>
        <message>
            <source>{0} — late</source>
            <translation>{0} — imechelewa</translation>
        </message>
        <message>
            <source>{0} — QA failed</source>
            <translation>{0} — haikupita ukaguzi</translation>
        </message>
    </context>
    <context>
        <name>BatchBoardView</name>
        <message>
            <source>Open batches</source>
            <translation>Bechi zilizo wazi</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Za kuwasilisha wiki hii</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Zilizochelewa</translation>
        </message>
        <message>
            <source>Failed QA</source>
            <translation>Hazikupita ukaguzi</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Yote</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Hali yoyote</translation>
        </message>
        <message>
            <source>Batch reference</source>
            <translation>Kumbukumbu ya bechi</translation>
        </message>
        <message>
            <source>&amp;New batch…</source>
            <translation>Bechi &amp;mpya…</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Onyesha:</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Mteja:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Mradi:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Hali:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Tafuta:</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Bechi</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Wateja wote</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>Miradi yote</translation>
        </message>
        <message>
            <source>{0} batches</source>
            <translation>Bechi {0}</translation>
        </message>
    </context>
    <context>
        <name>BatchDetailView</name>
        <message>
            <source>Choose a batch on the board.</source>
            <translation>Chagua bechi kwenye ubao.</translation>
        </message>
        <message>
            <source>Move the batch to</source>
            <translation>Hamisha bechi hadi</translation>
        </message>
        <message>
            <source>Note for the move (optional)</source>
            <translation>Maelezo ya uhamisho (si lazima)</translation>
        </message>
        <message>
            <source>Note for the status change</source>
            <translation>Maelezo ya kubadilisha hali</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Hamisha</translation>
        </message>
        <message>
            <source>Record &amp;work…</source>
            <translation>Rekodi &amp;kazi…</translation>
        </message>
        <message>
            <source>&amp;Quality check…</source>
            <translation>&amp;Ukaguzi wa ubora…</translation>
        </message>
        <message>
            <source>&amp;Assign workers…</source>
            <translation>&amp;Panga wafanyakazi…</translation>
        </message>
        <message>
            <source>Remo&amp;ve worker…</source>
            <translation>&amp;Ondoa mfanyakazi…</translation>
        </message>
        <message>
            <source>Take the chosen worker off this batch (only while no work is logged by them)</source>
            <translation>Mwondoe mfanyakazi aliyechaguliwa kwenye bechi hii (ikiwa tu hajarekodi kazi yoyote)</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vipimo</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Saa</translation>
        </message>
        <message>
            <source>Workers on the batch</source>
            <translation>Wafanyakazi kwenye bechi</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Lini (UTC)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hadi</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Dakika</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Chanzo</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Mzunguko</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Sampuli</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Zilizokaguliwa</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Makosa</translation>
        </message>
        <message>
            <source>Accuracy %</source>
            <translation>Usahihi %</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Kwa aina</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Wafanyakazi</translation>
        </message>
        <message>
            <source>Quality checks</source>
            <translation>Ukaguzi wa ubora</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historia ya hali</translation>
        </message>
        <message>
            <source>Work logs</source>
            <translation>Rekodi za kazi</translation>
        </message>
        <message>
            <source>Remove worker</source>
            <translation>Ondoa mfanyakazi</translation>
        </message>
        <message>
            <source>  LATE</source>
            <translation>  IMECHELEWA</translation>
        </message>
        <message>
            <source>{0}{1}. {2} of {3} {4} done. Received {5}, due {6}{7}. Target accuracy {8} %, proposed QA sample {9} units. Price {10} {11} per unit.</source>
            <translation>{0}{1}. {2} kati ya {3} {4} vimekamilika. Imepokelewa {5}, mwisho {6}{7}. Lengo la usahihi {8} %, sampuli ya ukaguzi inayopendekezwa vipimo {9}. Bei {10} {11} kwa kipimo.</translation>
        </message>
        <message>
            <source>, delivered {0}</source>
            <translation>, imewasilishwa {0}</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>imepita</translation>
        </message>
        <message>
            <source>failed → rework</source>
            <translation>imeshindwa → irudiwe</translation>
        </message>
        <message>
            <source>{0} cannot be removed from {1}: they have {2} units ({3} hours) of work logged on it, and the logs keep them on the batch (rework is attributed to them too).</source>
            <translation>{0} hawezi kuondolewa kwenye {1}: amerekodi vipimo {2} (saa {3}) vya kazi humo, na rekodi hizo zinamweka kwenye bechi hii (kazi ya kurudiwa pia inahusishwa naye).</translation>
        </message>
        <message>
            <source>Take {0} off batch {1}?</source>
            <translation>Mwondoe {0} kwenye bechi {1}?</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>New batch</source>
            <translation>Bechi mpya</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Mradi:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Kumbukumbu:</translation>
        </message>
        <message>
            <source>&amp;Units expected:</source>
            <translation>&amp;Vipimo vinavyotarajiwa:</translation>
        </message>
        <message>
            <source>R&amp;eceived:</source>
            <translation>&amp;Imepokelewa:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Mwisho:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>Ma&amp;elezo:</translation>
        </message>
    </context>
    <context>
        <name>BatchWorkersDialog</name>
        <message>
            <source>Workers on {0}</source>
            <translation>Wafanyakazi kwenye {0}</translation>
        </message>
        <message>
            <source>Type to find a worker</source>
            <translation>Andika ili kumtafuta mfanyakazi</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Tafuta:</translation>
        </message>
        <message>
            <source>&amp;Workers:</source>
            <translation>&amp;Wafanyakazi:</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkDialog</name>
        <message>
            <source>Add a benchmark</source>
            <translation>Ongeza kipimo cha kulinganisha</translation>
        </message>
        <message>
            <source>per month, e.g. 16,113.75</source>
            <translation>kwa mwezi, mf. 16,113.75</translation>
        </message>
        <message>
            <source>where it applies, e.g. Nairobi</source>
            <translation>mahali kinapotumika, mf. Nairobi</translation>
        </message>
        <message>
            <source>publication, legal notice or survey</source>
            <translation>chapisho, tangazo la kisheria au utafiti</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (optional)</source>
            <translation>MMMM-MM-SS (si lazima)</translation>
        </message>
        <message>
            <source>&amp;Benchmark</source>
            <translation>&amp;Kipimo</translation>
        </message>
        <message>
            <source>In force &amp;from</source>
            <translation>Kinatumika &amp;kuanzia</translation>
        </message>
        <message>
            <source>&amp;Amount a month</source>
            <translation>&amp;Kiasi kwa mwezi</translation>
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation>&amp;Sarafu</translation>
        </message>
        <message>
            <source>Applies &amp;to</source>
            <translation>Kinahusu &amp;nini</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Chanzo</translation>
        </message>
        <message>
            <source>Source &amp;date</source>
            <translation>&amp;Tarehe ya chanzo</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Maelezo</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkEditorDialog</name>
        <message>
            <source>Impact benchmarks</source>
            <translation>Vipimo vya kulinganisha athari</translation>
        </message>
        <message>
            <source>The income figures compare current earnings with the benchmark of each kind in force on the period's last day. Rows are never edited: add a newer row to change a figure. Check figures marked "check the source" before relying on them.</source>
            <translation>Takwimu za mapato hulinganisha mapato ya sasa na kipimo cha kila aina kinachotumika siku ya mwisho ya kipindi. Safu hazibadilishwi kamwe: ongeza safu mpya zaidi ili kubadilisha takwimu. Kagua takwimu zilizoandikwa "kagua chanzo" kabla ya kuzitegemea.</translation>
        </message>
        <message>
            <source>Benchmarks</source>
            <translation>Vipimo vya kulinganisha</translation>
        </message>
        <message>
            <source>&amp;Add a dated row…</source>
            <translation>&amp;Ongeza safu yenye tarehe…</translation>
        </message>
        <message>
            <source>Add the &amp;Kenyan defaults</source>
            <translation>Ongeza viwango vya &amp;Kenya</translation>
        </message>
        <message>
            <source>No benchmarks yet: the income shares cannot be worked out until there are some.</source>
            <translation>Bado hakuna vipimo vya kulinganisha: sehemu za mapato haziwezi kuhesabiwa hadi viwepo.</translation>
        </message>
        <message>
            <source>Added the {0} from {1}.</source>
            <translation>Imeongeza {0} kuanzia {1}.</translation>
        </message>
        <message>
            <source>Added {0} rows.</source>
            <translation>Imeongeza safu {0}.</translation>
        </message>
        <message>
            <source>The Kenyan defaults are all recorded already.</source>
            <translation>Viwango vyote vya Kenya tayari vimerekodiwa.</translation>
        </message>
    </context>
    <context>
        <name>BrandingTab</name>
        <message>
            <source>Look and signatory</source>
            <translation>Mwonekano na mtia sahihi</translation>
        </message>
        <message>
            <source>Accent colour</source>
            <translation>Rangi ya msisitizo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chagua…</translation>
        </message>
        <message>
            <source>Signatory's name</source>
            <translation>Jina la mtia sahihi</translation>
        </message>
        <message>
            <source>Signatory's title</source>
            <translation>Cheo cha mtia sahihi</translation>
        </message>
        <message>
            <source>&amp;Save look and signatory</source>
            <translation>&amp;Hifadhi mwonekano na mtia sahihi</translation>
        </message>
        <message>
            <source>Accent colour:</source>
            <translation>Rangi ya msisitizo:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Jina la mtia sahihi:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Cheo cha mtia sahihi:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Nembo:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Sahihi:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>Wording per programme</source>
            <translation>Maneno kwa kila programu</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programu</translation>
        </message>
        <message>
            <source>Progress certificate title</source>
            <translation>Kichwa cha cheti cha maendeleo</translation>
        </message>
        <message>
            <source>Progress certificate wording</source>
            <translation>Maneno ya cheti cha maendeleo</translation>
        </message>
        <message>
            <source>Skill certificate title</source>
            <translation>Kichwa cha cheti cha ujuzi</translation>
        </message>
        <message>
            <source>Skill certificate wording</source>
            <translation>Maneno ya cheti cha ujuzi</translation>
        </message>
        <message>
            <source>Save &amp;wording</source>
            <translation>Hifadhi &amp;maneno</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programu:</translation>
        </message>
        <message>
            <source>Progress title:</source>
            <translation>Kichwa cha maendeleo:</translation>
        </message>
        <message>
            <source>Progress wording:</source>
            <translation>Maneno ya maendeleo:</translation>
        </message>
        <message>
            <source>Skill title:</source>
            <translation>Kichwa cha ujuzi:</translation>
        </message>
        <message>
            <source>Skill wording:</source>
            <translation>Maneno ya ujuzi:</translation>
        </message>
        <message>
            <source>The wording may use {programme}, {cohort} and {centre}.</source>
            <translation>Maneno yanaweza kutumia {programme}, {cohort} na {centre}.</translation>
        </message>
        <message>
            <source>Signing key and trusted centres</source>
            <translation>Ufunguo wa kusaini na vituo vinavyoaminika</translation>
        </message>
        <message>
            <source>&amp;Export our public key…</source>
            <translation>&amp;Hamisha ufunguo wetu wa umma…</translation>
        </message>
        <message>
            <source>Trusted centres</source>
            <translation>Vituo vinavyoaminika</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Kituo</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Alama ya kidole</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Imeingizwa na</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imeingizwa</translation>
        </message>
        <message>
            <source>&amp;Trust a centre's key file…</source>
            <translation>&amp;Amini faili ya ufunguo wa kituo…</translation>
        </message>
        <message>
            <source>Stop trusting</source>
            <translation>Acha kuamini</translation>
        </message>
        <message>
            <source>Every programme (default)</source>
            <translation>Kila programu (chaguo-msingi)</translation>
        </message>
        <message>
            <source>This centre signs its certificates with key {0} (fingerprint {1}). Give the exported key file to employers and other centres; they compare the fingerprint with you by phone.</source>
            <translation>Kituo hiki husaini vyeti vyake kwa ufunguo {0} (alama ya kidole {1}). Wape waajiri na vituo vingine faili ya ufunguo uliohamishwa; wanalinganisha alama ya kidole nawe kwa simu.</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Chagua picha</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Picha (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Saved the look and signatory.</source>
            <translation>Mwonekano na mtia sahihi vimehifadhiwa.</translation>
        </message>
        <message>
            <source>Saved the wording for {0}.</source>
            <translation>Maneno ya {0} yamehifadhiwa.</translation>
        </message>
        <message>
            <source>every programme</source>
            <translation>kila programu</translation>
        </message>
        <message>
            <source>Save our public key as</source>
            <translation>Hifadhi ufunguo wetu wa umma kama</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Faili za ufunguo (*.json)</translation>
        </message>
        <message>
            <source>Wrote the public key to {0}.</source>
            <translation>Ufunguo wa umma umeandikwa kwenye {0}.</translation>
        </message>
        <message>
            <source>A centre's public key file</source>
            <translation>Faili ya ufunguo wa umma wa kituo</translation>
        </message>
        <message>
            <source>Key files (*.json);;All files (*)</source>
            <translation>Faili za ufunguo (*.json);;Faili zote (*)</translation>
        </message>
        <message>
            <source>Now trusting {0} (fingerprint {1}).</source>
            <translation>Sasa kinaaminika: {0} (alama ya kidole {1}).</translation>
        </message>
        <message>
            <source>Choose a trusted centre first.</source>
            <translation>Kwanza chagua kituo kinachoaminika.</translation>
        </message>
    </context>
    <context>
        <name>CentreForm</name>
        <message>
            <source>e.g. Tumaini Digital Skills Centre</source>
            <translation>mf. Kituo cha Ujuzi wa Kidijitali Tumaini</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;Jina la kituo:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Nchi:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Saa za eneo:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Sarafu:</translation>
        </message>
        <message>
            <source>Centre name</source>
            <translation>Jina la kituo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Nchi</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Saa za eneo</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Sarafu</translation>
        </message>
    </context>
    <context>
        <name>CertificateIssueTab</name>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Kind of certificate</source>
            <translation>Aina ya cheti</translation>
        </message>
        <message>
            <source>Progress certificate</source>
            <translation>Cheti cha maendeleo</translation>
        </message>
        <message>
            <source>Skill certificate (at completion)</source>
            <translation>Cheti cha ujuzi (mwishoni mwa mafunzo)</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Kiolezo</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 mlalo</translation>
        </message>
        <message>
            <source>A4 portrait</source>
            <translation>A4 wima</translation>
        </message>
        <message>
            <source>Language of the printed wording</source>
            <translation>Lugha ya maneno yanayochapishwa</translation>
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation>&amp;Kundi:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Aina:</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>Ki&amp;olezo:</translation>
        </message>
        <message>
            <source>&amp;Wording in:</source>
            <translation>&amp;Maneno kwa:</translation>
        </message>
        <message>
            <source>Members and whether they are eligible</source>
            <translation>Wanachama na kama wanastahili</translation>
        </message>
        <message>
            <source>Tick &amp;all eligible</source>
            <translation>Weka alama kwa &amp;wote wanaostahili</translation>
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation>&amp;Ondoa alama zote</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Hakiki</translation>
        </message>
        <message>
            <source>Issue to P&amp;DF…</source>
            <translation>Toa kwenda P&amp;DF…</translation>
        </message>
        <message>
            <source>Issue and p&amp;rint…</source>
            <translation>Toa na &amp;uchapishe…</translation>
        </message>
        <message>
            <source>{0} of {1} member(s) eligible.</source>
            <translation>Wanachama {0} kati ya {1} wanastahili.</translation>
        </message>
        <message>
            <source>Tick at least one eligible person.</source>
            <translation>Weka alama kwa angalau mtu mmoja anayestahili.</translation>
        </message>
        <message>
            <source>Choose a cohort first.</source>
            <translation>Kwanza chagua kundi.</translation>
        </message>
        <message>
            <source>Save the certificates as</source>
            <translation>Hifadhi vyeti kama</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Issuing certificates…</source>
            <translation>Inatoa vyeti…</translation>
        </message>
        <message>
            <source>Issued {0} certificate(s): {1}.</source>
            <translation>Vyeti {0} vimetolewa: {1}.</translation>
        </message>
        <message>
            <source>{0} not eligible, left out.</source>
            <translation>{0} hawastahili, wameachwa.</translation>
        </message>
        <message>
            <source>Print the certificates</source>
            <translation>Chapisha vyeti</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>printa</translation>
        </message>
        <message>
            <source>Printing was cancelled. The {0} certificate(s) are issued: reprint them from the Register.</source>
            <translation>Uchapishaji umesitishwa. Vyeti {0} vimetolewa: vichapishe upya kutoka Rejista.</translation>
        </message>
        <message>
            <source>The printer failed: {0}. The certificates are issued: reprint them from the Register.</source>
            <translation>Printa imeshindwa: {0}. Vyeti vimetolewa: vichapishe upya kutoka Rejista.</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreview</name>
        <message>
            <source>Certificate preview</source>
            <translation>Hakiki ya cheti</translation>
        </message>
        <message>
            <source>Choose a cohort and press Preview.</source>
            <translation>Chagua kundi kisha bonyeza Hakiki.</translation>
        </message>
    </context>
    <context>
        <name>CertificateRegisterTab</name>
        <message>
            <source>Serial, short code or name</source>
            <translation>Nambari ya mfululizo, msimbo mfupi au jina</translation>
        </message>
        <message>
            <source>Search the register</source>
            <translation>Tafuta kwenye rejista</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Aina zote</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Maendeleo</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Ujuzi</translation>
        </message>
        <message>
            <source>Certificate register</source>
            <translation>Rejista ya vyeti</translation>
        </message>
        <message>
            <source>Reprint to P&amp;DF…</source>
            <translation>Chapisha upya kwenda P&amp;DF…</translation>
        </message>
        <message>
            <source>Reprint on p&amp;rinter…</source>
            <translation>Chapisha upya kwenye p&amp;rinta…</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>&amp;Batilisha…</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>Cheti %n</numerusform>
                <numerusform>Vyeti %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one or more certificates first.</source>
            <translation>Kwanza chagua cheti kimoja au zaidi.</translation>
        </message>
        <message>
            <source>Save the reprint as</source>
            <translation>Hifadhi nakala mpya kama</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Reprinting certificates…</source>
            <translation>Inachapisha vyeti upya…</translation>
        </message>
        <message>
            <source>Reprinted {0} certificate(s) into {1}.</source>
            <translation>Vyeti {0} vimechapishwa upya kwenye {1}.</translation>
        </message>
        <message>
            <source>Printing was cancelled.</source>
            <translation>Uchapishaji umesitishwa.</translation>
        </message>
        <message>
            <source>Printed {0} certificate(s).</source>
            <translation>Vyeti {0} vimechapishwa.</translation>
        </message>
        <message>
            <source>Choose one certificate to revoke.</source>
            <translation>Chagua cheti kimoja cha kubatilisha.</translation>
        </message>
        <message>
            <source>Revoke {0}</source>
            <translation>Batilisha {0}</translation>
        </message>
        <message>
            <source>Why is this certificate revoked? (kept in the register and shown to anyone who verifies it)</source>
            <translation>Kwa nini cheti hiki kinabatilishwa? (kinahifadhiwa kwenye rejista na kuonyeshwa kwa yeyote anayekithibitisha)</translation>
        </message>
        <message>
            <source>Revoked {0} ({1}).</source>
            <translation>{0} kimebatilishwa ({1}).</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <source>Certificates</source>
            <translation>Vyeti</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Certificates&lt;/h2&gt;Progress and skill certificates that anyone can check offline, and ID badges.</source>
            <translation>&lt;h2&gt;Vyeti&lt;/h2&gt;Vyeti vya maendeleo na vya ujuzi ambavyo mtu yeyote anaweza kuvikagua bila mtandao, na beji za utambulisho.</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>&amp;Toa</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Rejista</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Thibitisha</translation>
        </message>
        <message>
            <source>&amp;Badges</source>
            <translation>&amp;Beji</translation>
        </message>
        <message>
            <source>&amp;Templates &amp;&amp; signing</source>
            <translation>&amp;Violezo na kusaini</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change your password</source>
            <translation>Badilisha nenosiri lako</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Nenosiri la &amp;sasa:</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Nenosiri la sasa</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Nenosiri &amp;jipya:</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nenosiri jipya</translation>
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation>&amp;Rudia nenosiri jipya:</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Rudia nenosiri jipya</translation>
        </message>
        <message>
            <source>A manager set a temporary password for you. Choose your own password now (at least 8 characters).</source>
            <translation>Meneja amekuwekea nenosiri la muda. Chagua nenosiri lako sasa (angalau herufi 8).</translation>
        </message>
        <message>
            <source>The two new passwords are not the same.</source>
            <translation>Manenosiri mawili mapya hayafanani.</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check every row</source>
            <translation>Kagua kila safu</translation>
        </message>
        <message>
            <source>Nothing is written until every row is right. Fix the file and go back, or import when the list is empty.</source>
            <translation>Hakuna kinachoandikwa hadi kila safu iwe sahihi. Rekebisha faili kisha urudi, au ingiza orodha ikiwa tupu.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Ingiza</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Inakagua</translation>
        </message>
        <message>
            <source>&amp;Cancel the check</source>
            <translation>&amp;Sitisha ukaguzi</translation>
        </message>
        <message>
            <source>Problems, by line</source>
            <translation>Matatizo, kwa mstari</translation>
        </message>
        <message>
            <source>Import people who look like someone already registered (same birthday, similar name)</source>
            <translation>Ingiza watu wanaofanana na mtu aliyesajiliwa tayari (siku ile ile ya kuzaliwa, jina linalofanana)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Inakagua…</translation>
        </message>
        <message>
            <source>All {0} rows are right. Import writes them all, after a backup.</source>
            <translation>Safu zote {0} ni sahihi. Ingiza huziandika zote, baada ya nakala rudufu.</translation>
        </message>
        <message>
            <source>{0} problem(s). Nothing will be written until they are fixed:</source>
            <translation>Matatizo {0}. Hakuna kitakachoandikwa hadi yarekebishwe:</translation>
        </message>
        <message>
            <source>Check cancelled.</source>
            <translation>Ukaguzi umesitishwa.</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>Edit client</source>
            <translation>Hariri mteja</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Mteja mpya</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Anatumika</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;Contact:</source>
            <translation>&amp;Mawasiliano:</translation>
        </message>
        <message>
            <source>C&amp;ountry (2 letters):</source>
            <translation>&amp;Nchi (herufi 2):</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Sarafu:</translation>
        </message>
    </context>
    <context>
        <name>ClientProjectsView</name>
        <message>
            <source>Client</source>
            <translation>Mteja</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Nchi</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Sarafu</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Miradi</translation>
        </message>
        <message>
            <source>Open batches</source>
            <translation>Bechi zilizo wazi</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Mawasiliano</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Wateja</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Mradi</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Kipimo</translation>
        </message>
        <message>
            <source>Price per unit</source>
            <translation>Bei kwa kipimo</translation>
        </message>
        <message>
            <source>Piece rate (KES)</source>
            <translation>Malipo kwa kipande (KES)</translation>
        </message>
        <message>
            <source>Accuracy target %</source>
            <translation>Lengo la usahihi %</translation>
        </message>
        <message>
            <source>QA sample %</source>
            <translation>Sampuli ya ukaguzi %</translation>
        </message>
        <message>
            <source>Turnaround (days)</source>
            <translation>Muda wa kukamilisha (siku)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Anatumika</translation>
        </message>
        <message>
            <source>Projects of the chosen client</source>
            <translation>Miradi ya mteja aliyechaguliwa</translation>
        </message>
        <message>
            <source>New &amp;client…</source>
            <translation>&amp;Mteja mpya…</translation>
        </message>
        <message>
            <source>&amp;Edit client…</source>
            <translation>&amp;Hariri mteja…</translation>
        </message>
        <message>
            <source>New &amp;project…</source>
            <translation>M&amp;radi mpya…</translation>
        </message>
        <message>
            <source>Edit p&amp;roject…</source>
            <translation>Hariri m&amp;radi…</translation>
        </message>
        <message>
            <source>Projects of {0}</source>
            <translation>Miradi ya {0}</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Your role may not see clients' work.</source>
            <translation>Nafasi yako hairuhusiwi kuona kazi za wateja.</translation>
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation>&amp;Bechi</translation>
        </message>
        <message>
            <source>Clients &amp;&amp; &amp;projects</source>
            <translation>Wateja na &amp;miradi</translation>
        </message>
        <message>
            <source>&amp;Work logs</source>
            <translation>&amp;Rekodi za kazi</translation>
        </message>
        <message>
            <source>P&amp;roductivity</source>
            <translation>&amp;Tija</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>Ri&amp;poti</translation>
        </message>
        <message>
            <source>&amp;Quality settings</source>
            <translation>Mipangilio ya &amp;ubora</translation>
        </message>
    </context>
    <context>
        <name>CohortCurriculumTab</name>
        <message>
            <source>Modules of this cohort, in teaching order</source>
            <translation>Moduli za kundi hili, kwa mpangilio wa kufundishwa</translation>
        </message>
        <message>
            <source>Modules in &amp;teaching order:</source>
            <translation>Moduli kwa &amp;mpangilio wa kufundishwa:</translation>
        </message>
        <message>
            <source>Module to add</source>
            <translation>Moduli ya kuongeza</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ongeza</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ondoa</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Sogeza &amp;juu</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Sogeza &amp;chini</translation>
        </message>
        <message>
            <source>&amp;Save curriculum</source>
            <translation>&amp;Hifadhi mtaala</translation>
        </message>
        <message>
            <source>&amp;Modules…</source>
            <translation>&amp;Moduli…</translation>
        </message>
        <message>
            <source>typing: {0} wpm, {1} % accuracy</source>
            <translation>uchapaji: maneno {0} kwa dakika, usahihi {1} %</translation>
        </message>
        <message>
            <source>pass mark {0}</source>
            <translation>alama ya kufaulu {0}</translation>
        </message>
        <message>
            <source> — retired</source>
            <translation> — imestaafishwa</translation>
        </message>
        <message>
            <source>{0} ({1} h; {2}){3}</source>
            <translation>{0} (saa {1}; {2}){3}</translation>
        </message>
        <message numerus="yes">
            <source>Curriculum saved: %n module(s).</source>
            <translation>
                <numerusform>Mtaala umehifadhiwa: moduli %n.</numerusform>
                <numerusform>Mtaala umehifadhiwa: moduli %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CohortDialog</name>
        <message>
            <source>Edit cohort</source>
            <translation>Hariri kundi</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Kundi jipya</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Linaanza:</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>Lina&amp;isha:</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Mkufunzi:</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programu:</translation>
        </message>
        <message>
            <source>&amp;Capacity:</source>
            <translation>&amp;Nafasi:</translation>
        </message>
        <message>
            <source>&amp;Attendance needed:</source>
            <translation>&amp;Mahudhurio yanayohitajika:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Ma&amp;elezo:</translation>
        </message>
        <message>
            <source>&amp;Modules (Space ticks):</source>
            <translation>&amp;Moduli (Space huweka alama):</translation>
        </message>
        <message>
            <source>Cohort name</source>
            <translation>Jina la kundi</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Tarehe ya kuanza</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Tarehe ya kuisha</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Mkufunzi</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programu</translation>
        </message>
        <message>
            <source>Capacity: most trainees</source>
            <translation>Nafasi: idadi ya juu ya wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Attendance needed in percent</source>
            <translation>Mahudhurio yanayohitajika kwa asilimia</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Modules the cohort teaches</source>
            <translation>Moduli zinazofundishwa kwa kundi</translation>
        </message>
        <message>
            <source>The end date must be after the start date.</source>
            <translation>Tarehe ya kuisha lazima iwe baada ya tarehe ya kuanza.</translation>
        </message>
    </context>
    <context>
        <name>CohortListModel</name>
        <message>
            <source>{0}: trainer {1}, {2} modules, {3} sessions</source>
            <translation>{0}: mkufunzi {1}, moduli {2}, vipindi {3}</translation>
        </message>
        <message>
            <source>no programme</source>
            <translation>hakuna programu</translation>
        </message>
    </context>
    <context>
        <name>CohortProgressModel</name>
        <message>
            <source>Applicant</source>
            <translation>Mwombaji</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Mwanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>Mhitimu</translation>
        </message>
        <message>
            <source>✔ Complete</source>
            <translation>✔ Amekamilisha</translation>
        </message>
        <message>
            <source>low attendance</source>
            <translation>mahudhurio duni</translation>
        </message>
        <message numerus="yes">
            <source>failed %n assessment(s)</source>
            <translation>
                <numerusform>ameshindwa tathmini %n</numerusform>
                <numerusform>ameshindwa tathmini %n</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ At risk: {0}</source>
            <translation>⚠ Yuko hatarini: {0}</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Anaendelea vizuri</translation>
        </message>
        <message>
            <source>Present {0}, late {1}, absent {2}, excused {3} (excused sessions do not count)</source>
            <translation>Alikuwepo {0}, alichelewa {1}, hakuwepo {2}, ameruhusiwa {3} (vipindi vya ruhusa havihesabiwi)</translation>
        </message>
    </context>
    <context>
        <name>CohortProgressTab</name>
        <message>
            <source>Trainees' progress</source>
            <translation>Maendeleo ya wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>{0} trainees: {1} completed, {2} at risk. Attendance needed: {3} %; {4} modules, {5} sessions so far.</source>
            <translation>Wanafunzi wa mafunzo {0}: {1} wamekamilisha, {2} wako hatarini. Mahudhurio yanayohitajika: {3} %; moduli {4}, vipindi {5} hadi sasa.</translation>
        </message>
    </context>
    <context>
        <name>CohortView</name>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>&amp;Maendeleo</translation>
        </message>
        <message>
            <source>A&amp;ssessments</source>
            <translation>&amp;Tathmini</translation>
        </message>
        <message>
            <source>&amp;Roll-call</source>
            <translation>&amp;Mahudhurio</translation>
        </message>
        <message>
            <source>C&amp;urriculum</source>
            <translation>M&amp;taala</translation>
        </message>
        <message>
            <source>S&amp;tipends</source>
            <translation>&amp;Posho</translation>
        </message>
        <message>
            <source>Choose a cohort</source>
            <translation>Chagua kundi</translation>
        </message>
        <message>
            <source>{0} to {1} · trainer {2} · {3} · {4} of {5} places · attendance needed {6} %</source>
            <translation>{0} hadi {1} · mkufunzi {2} · {3} · nafasi {4} kati ya {5} · mahudhurio yanayohitajika {6} %</translation>
        </message>
        <message>
            <source>no programme</source>
            <translation>hakuna programu</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct personal data</source>
            <translation>Sahihisha taarifa binafsi</translation>
        </message>
        <message>
            <source>known</source>
            <translation>inajulikana</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>Jina la &amp;kwanza:</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Jina la kwanza</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>Jina la &amp;mwisho:</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Jina la mwisho</translation>
        </message>
        <message>
            <source>&amp;Other names:</source>
            <translation>Majina &amp;mengine:</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Majina mengine</translation>
        </message>
        <message>
            <source>National &amp;ID:</source>
            <translation>Kitambulisho cha &amp;taifa:</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Jinsia:</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Simu:</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Simu</translation>
        </message>
        <message>
            <source>&amp;County:</source>
            <translation>&amp;Kaunti:</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Kaunti</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>Date of birth known</source>
            <translation>Tarehe ya kuzaliwa inajulikana</translation>
        </message>
        <message>
            <source>&amp;Date of birth:</source>
            <translation>&amp;Tarehe ya kuzaliwa:</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashibodi</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Onyesha upya</translation>
        </message>
        <message>
            <source>Refresh the counts</source>
            <translation>Onyesha idadi upya</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>Waombaji</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Wafanyakazi</translation>
        </message>
        <message>
            <source>Alumni</source>
            <translation>Wahitimu</translation>
        </message>
        <message>
            <source>Cohorts in training now</source>
            <translation>Makundi yaliyo kwenye mafunzo sasa</translation>
        </message>
        <message>
            <source>Trainees in those cohorts</source>
            <translation>Wanafunzi wa mafunzo katika makundi hayo</translation>
        </message>
        <message>
            <source>Shifts today</source>
            <translation>Zamu za leo</translation>
        </message>
        <message>
            <source>Clocked in now</source>
            <translation>Walioingia sasa</translation>
        </message>
        <message>
            <source>Batches due this week</source>
            <translation>Bechi za kuwasilisha wiki hii</translation>
        </message>
        <message>
            <source>Batches late</source>
            <translation>Bechi zilizochelewa</translation>
        </message>
        <message>
            <source>&lt;b&gt;People by stage&lt;/b&gt;</source>
            <translation>&lt;b&gt;Watu kwa hatua&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training and work&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mafunzo na kazi&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Inafungua hifadhidata…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Inapakia…</translation>
        </message>
        <message>
            <source>Today is {0}</source>
            <translation>Leo ni {0}</translation>
        </message>
        <message>
            <source>Could not read the counts: {0}</source>
            <translation>Imeshindwa kusoma idadi: {0}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSettings</name>
        <message>
            <source>Database</source>
            <translation>Hifadhidata</translation>
        </message>
        <message>
            <source>Server name or IP address</source>
            <translation>Jina la seva au anwani ya IP</translation>
        </message>
        <message>
            <source>e.g. office-pc or 192.168.1.10</source>
            <translation>mf. office-pc au 192.168.1.10</translation>
        </message>
        <message>
            <source>Server port</source>
            <translation>Lango la seva</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Jina la hifadhidata</translation>
        </message>
        <message>
            <source>Database user</source>
            <translation>Mtumiaji wa hifadhidata</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Nenosiri la hifadhidata</translation>
        </message>
        <message>
            <source>&amp;Remember the password on this PC</source>
            <translation>&amp;Kumbuka nenosiri kwenye kompyuta hii</translation>
        </message>
        <message>
            <source>Kept in PostgreSQL's password file for your user on this PC, never in the settings file. Otherwise give it in ISSP_DB_PASSWORD.</source>
            <translation>Huhifadhiwa kwenye faili ya manenosiri ya PostgreSQL ya mtumiaji wako kwenye kompyuta hii, kamwe si kwenye faili ya mipangilio. La sivyo litoe kupitia ISSP_DB_PASSWORD.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Seva:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Lango:</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>&amp;Hifadhidata:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Mtumiaji:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Jaribu muunganisho</translation>
        </message>
        <message>
            <source>Use this ser&amp;ver</source>
            <translation>Tumia seva &amp;hii</translation>
        </message>
        <message>
            <source>Use the &amp;file on this PC</source>
            <translation>Tumia &amp;faili ya kompyuta hii</translation>
        </message>
        <message>
            <source>This PC now uses: {0}</source>
            <translation>Kompyuta hii sasa inatumia: {0}</translation>
        </message>
        <message>
            <source>Only a manager can change where the data is kept.</source>
            <translation>Ni meneja pekee anayeweza kubadilisha mahali data inapohifadhiwa.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>Inaunganisha na {0}…</translation>
        </message>
        <message>
            <source>The settings could not be saved: {0}</source>
            <translation>Mipangilio haikuweza kuhifadhiwa: {0}</translation>
        </message>
        <message>
            <source>Saved. From the next start this PC uses {0}. To bring this centre's data there first, run: issp db migrate-to postgresql://USER@SERVER/DATABASE</source>
            <translation>Imehifadhiwa. Kuanzia utakapoanzisha tena kompyuta hii itatumia {0}. Ili kuhamishia data ya kituo hiki huko kwanza, endesha: issp db migrate-to postgresql://USER@SERVER/DATABASE</translation>
        </message>
        <message>
            <source>Saved. From the next start this PC uses its own file.</source>
            <translation>Imehifadhiwa. Kuanzia utakapoanzisha tena kompyuta hii itatumia faili yake yenyewe.</translation>
        </message>
    </context>
    <context>
        <name>DayShiftModel</name>
        <message>
            <source>late {0} min</source>
            <translation>amechelewa dak {0}</translation>
        </message>
    </context>
    <context>
        <name>DeliveryReportView</name>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Hifadhi ripoti…</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Mteja:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Kuanzia:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hadi:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>&amp;Muundo:</translation>
        </message>
        <message>
            <source>The delivery report lists the client's batches delivered in the period: units, dates, on time or late, accuracy, and the invoice total (accepted units × price).</source>
            <translation>Ripoti ya uwasilishaji huorodhesha bechi za mteja zilizowasilishwa katika kipindi: vipimo, tarehe, kwa wakati au kwa kuchelewa, usahihi, na jumla ya ankara (vipimo vilivyokubaliwa × bei).</translation>
        </message>
        <message>
            <source>Save the delivery report</source>
            <translation>Hifadhi ripoti ya uwasilishaji</translation>
        </message>
        <message>
            <source>Add a client first.</source>
            <translation>Kwanza ongeza mteja.</translation>
        </message>
        <message>
            <source>Writing the delivery report…</source>
            <translation>Inaandika ripoti ya uwasilishaji…</translation>
        </message>
        <message>
            <source>Saved {0}: {1} batches, {2} on time, total {3} {4}.</source>
            <translation>{0} imehifadhiwa: bechi {1}, {2} kwa wakati, jumla {3} {4}.</translation>
        </message>
    </context>
    <context>
        <name>DisplaySettingsBox</name>
        <message>
            <source>Display on this PC</source>
            <translation>Mwonekano kwenye kompyuta hii</translation>
        </message>
        <message>
            <source>&amp;High-contrast theme (light text on black)</source>
            <translation>Mandhari ya &amp;utofautishaji mkubwa (maandishi meupe kwenye nyeusi)</translation>
        </message>
        <message>
            <source>Text size in percent</source>
            <translation>Ukubwa wa maandishi kwa asilimia</translation>
        </message>
        <message>
            <source>Kept for this computer only; applied at once.</source>
            <translation>Inahifadhiwa kwa kompyuta hii tu; inatumika mara moja.</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>Ukubwa wa &amp;maandishi:</translation>
        </message>
        <message>
            <source>Applied, but not kept for the next start: {0}</source>
            <translation>Imetumika, lakini haitahifadhiwa kwa kuanza tena: {0}</translation>
        </message>
    </context>
    <context>
        <name>DowntimeDialog</name>
        <message>
            <source>Record downtime</source>
            <translation>Rekodi muda wa kukatika</translation>
        </message>
        <message>
            <source>Change downtime</source>
            <translation>Badilisha muda wa kukatika</translation>
        </message>
        <message>
            <source>Kind of outage</source>
            <translation>Aina ya kukatika</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Umeme</translation>
        </message>
        <message>
            <source>Internet</source>
            <translation>Intaneti</translation>
        </message>
        <message>
            <source>Client platform</source>
            <translation>Mfumo wa mteja</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mwanzo</translation>
        </message>
        <message>
            <source>Still going &amp;on</source>
            <translation>Bado &amp;inaendelea</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Mwisho</translation>
        </message>
        <message>
            <source>&amp;Paid standby</source>
            <translation>&amp;Kusubiri kwa malipo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Aina:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Mwanzo:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>M&amp;wisho:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Maelezo:</translation>
        </message>
    </context>
    <context>
        <name>DowntimeModel</name>
        <message>
            <source>ongoing</source>
            <translation>inaendelea</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
    </context>
    <context>
        <name>DowntimeTab</name>
        <message>
            <source>&amp;Record downtime…</source>
            <translation>&amp;Rekodi muda wa kukatika…</translation>
        </message>
        <message>
            <source>&amp;Change / end…</source>
            <translation>&amp;Badilisha / maliza…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Futa</translation>
        </message>
        <message>
            <source>Downtime saved.</source>
            <translation>Muda wa kukatika umehifadhiwa.</translation>
        </message>
        <message>
            <source>Deleted the downtime.</source>
            <translation>Muda wa kukatika umefutwa.</translation>
        </message>
    </context>
    <context>
        <name>EligibilityModel</name>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>M-Pesa needs a phone number; the person has none</source>
            <translation>M-Pesa inahitaji nambari ya simu; mtu huyu hana</translation>
        </message>
        <message>
            <source>Pay period {0} is closed, so it cannot be {1}. Closed periods never change; correct a mistake with an adjustment in an open period.</source>
            <translation>Kipindi cha malipo {0} kimefungwa, kwa hivyo hakiwezi {1}. Vipindi vilivyofungwa havibadiliki kamwe; sahihisha kosa kwa marekebisho katika kipindi kilicho wazi.</translation>
        </message>
        <message>
            <source>Pay period {0} is {1}; it must be {2} to be {3}.</source>
            <translation>Kipindi cha malipo {0} ni {1}; lazima kiwe {2} ili {3}.</translation>
        </message>
        <message>
            <source>Something went wrong that ISSP Desktop did not expect: {0}</source>
            <translation>Kuna hitilafu ambayo ISSP Desktop haikutarajia: {0}</translation>
        </message>
        <message>
            <source>The database {0} cannot be written (read-only file or folder). Give your user write permission to the file and its folder, or copy it somewhere writable.</source>
            <translation>Hifadhidata {0} haiwezi kuandikwa (faili au folda ya kusoma tu). Mpe mtumiaji wako ruhusa ya kuandika kwenye faili na folda yake, au inakili mahali panapoweza kuandikwa.</translation>
        </message>
        <message>
            <source>The database {0} is damaged ({1}). Restore the newest good backup. The file was not changed.</source>
            <translation>Hifadhidata {0} imeharibika ({1}). Rejesha nakala rudufu nzuri ya karibuni. Faili haikubadilishwa.</translation>
        </message>
        <message>
            <source>The database {0} is locked by another program that is writing to it. Wait for it to finish or close it, then try again. Nothing was changed.</source>
            <translation>Hifadhidata {0} imefungwa na programu nyingine inayoiandikia. Subiri imalize au uifunge, kisha ujaribu tena. Hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>The database {0} is on a network share. SQLite files are not safe there because file locking over a network is unreliable. To share a centre between PCs, use the multi-PC setup with a PostgreSQL server.</source>
            <translation>Hifadhidata {0} iko kwenye folda ya mtandao. Faili za SQLite si salama hapo kwa sababu kufunga faili kupitia mtandao si kwa kuaminika. Ili kushiriki kituo kati ya kompyuta, tumia mpangilio wa kompyuta nyingi wenye seva ya PostgreSQL.</translation>
        </message>
        <message>
            <source>The database {0} was written by a newer version of ISSP Desktop (schema {1}; this version knows up to {2}). Install the newer version. The file was not changed.</source>
            <translation>Hifadhidata {0} iliandikwa na toleo jipya zaidi la ISSP Desktop (muundo {1}; toleo hili linajua hadi {2}). Sakinisha toleo jipya. Faili haikubadilishwa.</translation>
        </message>
        <message>
            <source>The file {0} is not an ISSP Desktop database. Choose another file; this one was not changed.</source>
            <translation>Faili {0} si hifadhidata ya ISSP Desktop. Chagua faili nyingine; hii haikubadilishwa.</translation>
        </message>
        <message>
            <source>The user name or password is not right.</source>
            <translation>Jina la mtumiaji au nenosiri si sahihi.</translation>
        </message>
        <message>
            <source>There is no database at {0}.</source>
            <translation>Hakuna hifadhidata kwenye {0}.</translation>
        </message>
        <message>
            <source>This {0} was changed by {1} at {2} after you opened it. Reload it and make your change again; nothing was saved.</source>
            <translation>{0} hii ilibadilishwa na {1} saa {2} baada ya wewe kuifungua. Ipakie upya na ufanye badiliko lako tena; hakuna kilichohifadhiwa.</translation>
        </message>
        <message>
            <source>Your role ({0}) may not do this: {1}.</source>
            <translation>Jukumu lako ({0}) haliruhusiwi kufanya hivi: {1}.</translation>
        </message>
        <message>
            <source>a bank payment needs the bank and the account number</source>
            <translation>malipo ya benki yanahitaji benki na nambari ya akaunti</translation>
        </message>
        <message>
            <source>account</source>
            <translation>akaunti</translation>
        </message>
        <message>
            <source>adjustment</source>
            <translation>marekebisho</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>kiasi</translation>
        </message>
        <message>
            <source>an adjustment of zero corrects nothing</source>
            <translation>marekebisho ya sifuri hayasahihishi chochote</translation>
        </message>
        <message>
            <source>are missing</source>
            <translation>hazipo</translation>
        </message>
        <message>
            <source>badge</source>
            <translation>beji</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>akaunti ya benki</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>bechi</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kundi</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>kituo</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>cheti</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>kubadilishwa</translation>
        </message>
        <message>
            <source>client</source>
            <translation>mteja</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>imefungwa</translation>
        </message>
        <message>
            <source>closed again</source>
            <translation>kufungwa tena</translation>
        </message>
        <message>
            <source>code</source>
            <translation>msimbo</translation>
        </message>
        <message>
            <source>cohort</source>
            <translation>kundi</translation>
        </message>
        <message>
            <source>contains invisible characters</source>
            <translation>ina herufi zisizoonekana</translation>
        </message>
        <message>
            <source>contains invisible or direction-changing characters</source>
            <translation>ina herufi zisizoonekana au zinazobadilisha mwelekeo</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>sarafu</translation>
        </message>
        <message>
            <source>date</source>
            <translation>tarehe</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>deductions</source>
            <translation>makato</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>kufutwa</translation>
        </message>
        <message>
            <source>downtime</source>
            <translation>muda wa kukatika</translation>
        </message>
        <message>
            <source>draft (send it back to draft first)</source>
            <translation>rasimu (irudishe kwenye rasimu kwanza)</translation>
        </message>
        <message>
            <source>effective from</source>
            <translation>inaanza kutumika</translation>
        </message>
        <message>
            <source>end</source>
            <translation>mwisho</translation>
        </message>
        <message>
            <source>file</source>
            <translation>faili</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>jina la kwanza</translation>
        </message>
        <message>
            <source>given adjustments</source>
            <translation>kupewa marekebisho</translation>
        </message>
        <message>
            <source>given new items</source>
            <translation>kupewa vipengele vipya</translation>
        </message>
        <message>
            <source>gross</source>
            <translation>ghafi</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>saa</translation>
        </message>
        <message>
            <source>in {0} the deductions are more than the pay of {1} person(s): {2}. Reduce the advances or loans</source>
            <translation>katika {0} makato ni zaidi ya malipo ya watu {1}: {2}. Punguza malipo ya awali au mikopo</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>iko tupu</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>iko katika siku zijazo</translation>
        </message>
        <message>
            <source>is longer than {0} characters</source>
            <translation>ni ndefu kuliko herufi {0}</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>haipo</translation>
        </message>
        <message>
            <source>is needed</source>
            <translation>inahitajika</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>inahitajika</translation>
        </message>
        <message>
            <source>is too long</source>
            <translation>ni ndefu mno</translation>
        </message>
        <message>
            <source>is {0} characters long; at most {1}</source>
            <translation>ina herufi {0}; zisizidi {1}</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>aina</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>jina la mwisho</translation>
        </message>
        <message>
            <source>line {0}: {1}: {2}</source>
            <translation>mstari {0}: {1}: {2}</translation>
        </message>
        <message>
            <source>marked paid</source>
            <translation>kuwekwa alama kuwa imelipwa</translation>
        </message>
        <message>
            <source>marked reviewed</source>
            <translation>kuwekwa alama kuwa imekaguliwa</translation>
        </message>
        <message>
            <source>means the person is over 100</source>
            <translation>inamaanisha mtu ana umri zaidi ya 100</translation>
        </message>
        <message>
            <source>means the person is under {0}</source>
            <translation>inamaanisha mtu ana umri chini ya {0}</translation>
        </message>
        <message>
            <source>minimum wage</source>
            <translation>kima cha chini cha mshahara</translation>
        </message>
        <message>
            <source>module</source>
            <translation>moduli</translation>
        </message>
        <message>
            <source>multiplier must be between 1× and 4× (got {0})</source>
            <translation>kizidishi lazima kiwe kati ya 1× na 4× (kimepewa {0})</translation>
        </message>
        <message>
            <source>must be at most {0} characters</source>
            <translation>isizidi herufi {0}</translation>
        </message>
        <message>
            <source>must be more than zero</source>
            <translation>lazima iwe zaidi ya sifuri</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>haipaswi kuwa tupu</translation>
        </message>
        <message>
            <source>must not contain digits</source>
            <translation>haipaswi kuwa na tarakimu</translation>
        </message>
        <message>
            <source>name</source>
            <translation>jina</translation>
        </message>
        <message>
            <source>national ID</source>
            <translation>kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>needs a start and an end date</source>
            <translation>inahitaji tarehe ya kuanza na ya kumaliza</translation>
        </message>
        <message>
            <source>no file was written</source>
            <translation>hakuna faili iliyoandikwa</translation>
        </message>
        <message>
            <source>not run since its last change</source>
            <translation>haijaendeshwa tangu ilipobadilishwa mara ya mwisho</translation>
        </message>
        <message>
            <source>note</source>
            <translation>maelezo</translation>
        </message>
        <message>
            <source>nothing to save</source>
            <translation>hakuna cha kuhifadhi</translation>
        </message>
        <message>
            <source>nothing was marked paid</source>
            <translation>hakuna kilichowekwa alama kuwa kimelipwa</translation>
        </message>
        <message>
            <source>nothing was saved</source>
            <translation>hakuna kilichohifadhiwa</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>kulipwa</translation>
        </message>
        <message>
            <source>password</source>
            <translation>nenosiri</translation>
        </message>
        <message>
            <source>pay item</source>
            <translation>kipengele cha malipo</translation>
        </message>
        <message>
            <source>pay period</source>
            <translation>kipindi cha malipo</translation>
        </message>
        <message>
            <source>pay terms</source>
            <translation>masharti ya malipo</translation>
        </message>
        <message>
            <source>payment method</source>
            <translation>njia ya malipo</translation>
        </message>
        <message>
            <source>payroll settings</source>
            <translation>mipangilio ya malipo</translation>
        </message>
        <message>
            <source>payslip</source>
            <translation>hati ya malipo</translation>
        </message>
        <message>
            <source>period</source>
            <translation>kipindi</translation>
        </message>
        <message>
            <source>person</source>
            <translation>mtu</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>simu</translation>
        </message>
        <message>
            <source>project</source>
            <translation>mradi</translation>
        </message>
        <message>
            <source>public holiday</source>
            <translation>sikukuu ya umma</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>sababu</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>kumbukumbu</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>kufunguliwa tena</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>imekaguliwa</translation>
        </message>
        <message>
            <source>roster rules</source>
            <translation>kanuni za ratiba</translation>
        </message>
        <message>
            <source>run</source>
            <translation>kuendeshwa</translation>
        </message>
        <message>
            <source>run again</source>
            <translation>kuendeshwa tena</translation>
        </message>
        <message>
            <source>sent back to draft</source>
            <translation>kurudishwa kwenye rasimu</translation>
        </message>
        <message>
            <source>shift</source>
            <translation>zamu</translation>
        </message>
        <message>
            <source>shift template</source>
            <translation>kiolezo cha zamu</translation>
        </message>
        <message>
            <source>start</source>
            <translation>mwanzo</translation>
        </message>
        <message>
            <source>status</source>
            <translation>hali</translation>
        </message>
        <message>
            <source>template</source>
            <translation>kiolezo</translation>
        </message>
        <message>
            <source>terms</source>
            <translation>masharti</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>folda {0} haipo</translation>
        </message>
        <message>
            <source>there is nothing to save</source>
            <translation>hakuna cha kuhifadhi</translation>
        </message>
        <message>
            <source>time</source>
            <translation>saa</translation>
        </message>
        <message>
            <source>training session</source>
            <translation>kipindi cha mafunzo</translation>
        </message>
        <message>
            <source>user</source>
            <translation>mtumiaji</translation>
        </message>
        <message>
            <source>worker</source>
            <translation>mfanyakazi</translation>
        </message>
        <message>
            <source>{0} cannot be read: {1}</source>
            <translation>{0} haiwezi kusomwa: {1}</translation>
        </message>
        <message>
            <source>{0} does not exist</source>
            <translation>{0} haipo</translation>
        </message>
        <message>
            <source>{0} is more than the most this field allows ({1}); check the amount</source>
            <translation>{0} ni zaidi ya kiwango cha juu kinachoruhusiwa hapa ({1}); kagua kiasi</translation>
        </message>
        <message>
            <source>{0} is negative</source>
            <translation>{0} ni hasi</translation>
        </message>
        <message>
            <source>{0} is not a number</source>
            <translation>{0} si namba</translation>
        </message>
        <message>
            <source>{0} is outside {1}–{2}</source>
            <translation>{0} iko nje ya {1}–{2}</translation>
        </message>
        <message>
            <source>{0} more wrong attempt(s) will lock the account.</source>
            <translation>Majaribio {0} mengine yasiyo sahihi yatafunga akaunti.</translation>
        </message>
        <message>
            <source>{0} must be zero or more</source>
            <translation>{0} lazima iwe sifuri au zaidi</translation>
        </message>
        <message>
            <source>{0} overlaps pay period {1} ({2} to {3})</source>
            <translation>{0} inaingiliana na kipindi cha malipo {1} ({2} hadi {3})</translation>
        </message>
        <message>
            <source>{0} person(s) on the {1} payroll have no pay terms: {2}. Add their terms, then run again</source>
            <translation>Watu {0} kwenye orodha ya malipo ya {1} hawana masharti ya malipo: {2}. Ongeza masharti yao, kisha endesha tena</translation>
        </message>
        <message>
            <source>{0}: choose a .csv or .xlsx file name</source>
            <translation>{0}: chagua jina la faili la .csv au .xlsx</translation>
        </message>
        <message>
            <source>{0}: choose a .pdf file name</source>
            <translation>{0}: chagua jina la faili la .pdf</translation>
        </message>
        <message>
            <source>{0}: choose a .pdf or .xlsx file name</source>
            <translation>{0}: chagua jina la faili la .pdf au .xlsx</translation>
        </message>
        <message>
            <source>'{0}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
            <translation>'{0}' si tarehe (tumia YYYY-MM-DD au DD/MM/YYYY)</translation>
        </message>
        <message>
            <source>'{0}' is not a real date</source>
            <translation>'{0}' si tarehe halisi</translation>
        </message>
        <message>
            <source>'{0}' is not a date</source>
            <translation>'{0}' si tarehe</translation>
        </message>
        <message>
            <source>'{0}' is not a date and time with a time zone</source>
            <translation>'{0}' si tarehe na saa yenye saa za eneo</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number</source>
            <translation>'{0}' si namba kamili</translation>
        </message>
        <message>
            <source>'{0}' is not a number</source>
            <translation>'{0}' si namba</translation>
        </message>
        <message>
            <source>'{0}' is negative</source>
            <translation>'{0}' ni hasi</translation>
        </message>
        <message>
            <source>'{0}' must be zero or more</source>
            <translation>'{0}' lazima iwe sifuri au zaidi</translation>
        </message>
        <message>
            <source>'{0}' is not an amount (e.g. 12000 or 12,000.50)</source>
            <translation>'{0}' si kiasi (mfano 12000 au 12,000.50)</translation>
        </message>
        <message>
            <source>'{0}' is not an amount</source>
            <translation>'{0}' si kiasi</translation>
        </message>
        <message>
            <source>'{0}' is not an amount in cents</source>
            <translation>'{0}' si kiasi kwa senti</translation>
        </message>
        <message>
            <source>'{0}' has its thousands separators in the wrong places</source>
            <translation>'{0}' ina vitenganishi vya maelfu mahali pasipofaa</translation>
        </message>
        <message>
            <source>'{0}' is too large</source>
            <translation>'{0}' ni kubwa mno</translation>
        </message>
        <message>
            <source>'{0}' is not a phone number</source>
            <translation>'{0}' si nambari ya simu</translation>
        </message>
        <message>
            <source>'{0}' is not a Kenyan mobile number (e.g. 0712 345 678 or +254 712 345 678)</source>
            <translation>'{0}' si nambari ya simu ya mkononi ya Kenya (mfano 0712 345 678 au +254 712 345 678)</translation>
        </message>
        <message>
            <source>'{0}' must be in international form, e.g. +256...</source>
            <translation>'{0}' lazima iwe katika muundo wa kimataifa, mfano +256...</translation>
        </message>
        <message>
            <source>'{0}' cannot become an M-Pesa number (2547XXXXXXXX or 2541XXXXXXXX)</source>
            <translation>'{0}' haiwezi kuwa nambari ya M-Pesa (2547XXXXXXXX au 2541XXXXXXXX)</translation>
        </message>
        <message>
            <source>No {0} '{1}' was found.</source>
            <translation>{0} '{1}' haikupatikana.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <source>Exchange with other centres</source>
            <translation>Kubadilishana na vituo vingine</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Hamisha</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Ingiza</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>Mi&amp;gongano</translation>
        </message>
        <message>
            <source>Ce&amp;ntres</source>
            <translation>&amp;Vituo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Writes the records changed here since the chosen centre last acknowledged a bundle, signed with this centre's key. Carry the file to the centre (USB stick, e-mail) and bring back its acknowledgement file.</source>
            <translation>Huandika rekodi zilizobadilishwa hapa tangu kituo kilichochaguliwa kilipothibitisha kifurushi mara ya mwisho, zikiwa zimetiwa sahihi kwa ufunguo wa kituo hiki. Peleka faili kwenye kituo (USB, barua pepe) na urudishe faili yake ya uthibitisho.</translation>
        </message>
        <message>
            <source>Centre the bundle is for</source>
            <translation>Kituo kinachopelekewa kifurushi</translation>
        </message>
        <message>
            <source>Only changes made on or after:</source>
            <translation>Mabadiliko ya tarehe hii au baadaye tu:</translation>
        </message>
        <message>
            <source>Only changes since a date</source>
            <translation>Mabadiliko tangu tarehe fulani tu</translation>
        </message>
        <message>
            <source>Changes since</source>
            <translation>Mabadiliko tangu</translation>
        </message>
        <message>
            <source>Bundle file to write</source>
            <translation>Faili ya kifurushi ya kuandika</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Vinjari…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>Ha&amp;misha</translation>
        </message>
        <message>
            <source>&amp;Centre:</source>
            <translation>&amp;Kituo:</translation>
        </message>
        <message>
            <source>Since:</source>
            <translation>Tangu:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Faili:</translation>
        </message>
        <message>
            <source>Imports a bundle from a trusted centre (all of it or nothing, after a backup) and writes its acknowledgement beside it for the sender — or records a centre's acknowledgement of a bundle sent from here.</source>
            <translation>Huingiza kifurushi kutoka kituo kinachoaminiwa (chote au hakuna, baada ya nakala rudufu) na huandika uthibitisho wake kando yake kwa ajili ya mtumaji — au hurekodi uthibitisho wa kituo kwa kifurushi kilichotumwa kutoka hapa.</translation>
        </message>
        <message>
            <source>Bundle or acknowledgement file</source>
            <translation>Faili ya kifurushi au ya uthibitisho</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>&amp;Vinjari…</translation>
        </message>
        <message>
            <source>Im&amp;port</source>
            <translation>&amp;Ingiza</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Migongano</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Rekodi</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>Fields that differ</source>
            <translation>Sehemu zinazotofautiana</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Imegunduliwa</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Baki na &amp;yangu</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Chukua ya &amp;kwao</translation>
        </message>
        <message>
            <source>Records changed both here and at another centre since the last exchange. This centre's version stays until you choose; the choice goes out with the next exports.</source>
            <translation>Rekodi zilizobadilishwa hapa na kwenye kituo kingine tangu mabadilishano ya mwisho. Toleo la kituo hiki linabaki hadi uchague; chaguo lako linatumwa na mauzo yajayo.</translation>
        </message>
        <message>
            <source>Records by centre</source>
            <translation>Rekodi kwa kituo</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Kituo</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Watu</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Wafanyakazi</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Saa</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vipimo</translation>
        </message>
        <message>
            <source>Gross pay</source>
            <translation>Mshahara ghafi</translation>
        </message>
        <message>
            <source>Every record keeps the centre it was made at. People, rostered hours, work units and gross pay by centre, and for all centres together.</source>
            <translation>Kila rekodi inabaki na kituo ilipoundwa. Watu, saa za ratiba, vipimo vya kazi na mshahara ghafi kwa kila kituo, na kwa vituo vyote pamoja.</translation>
        </message>
        <message>
            <source>No trusted centres yet: trust a centre's key under Certificates → Trusted centres first.</source>
            <translation>Bado hakuna vituo vinavyoaminiwa: amini ufunguo wa kituo kwanza chini ya Vyeti → Vituo vinavyoaminiwa.</translation>
        </message>
        <message>
            <source>C&amp;onflicts ({0})</source>
            <translation>Mi&amp;gongano ({0})</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Vituo vyote</translation>
        </message>
        <message>
            <source>{0} (this centre)</source>
            <translation>{0} (kituo hiki)</translation>
        </message>
        <message>
            <source>Write the bundle to</source>
            <translation>Andika kifurushi kwenye</translation>
        </message>
        <message>
            <source>Exchange files (*.issp)</source>
            <translation>Faili za mabadilishano (*.issp)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Chagua faili ya kuandika.</translation>
        </message>
        <message>
            <source>Writing the bundle</source>
            <translation>Inaandika kifurushi</translation>
        </message>
        <message>
            <source>Wrote {0} record(s) for {1} to {2}. Bring back the acknowledgement file it makes there and import it here.</source>
            <translation>Rekodi {0} zimeandikwa kwa ajili ya {1} kwenye {2}. Rudisha faili ya uthibitisho itakayoundwa huko na uiingize hapa.</translation>
        </message>
        <message>
            <source>Import an exchange file</source>
            <translation>Ingiza faili ya mabadilishano</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Chagua faili ya kuingiza.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Inaingiza</translation>
        </message>
        <message>
            <source>This acknowledgement from {0} was recorded already; nothing changed.</source>
            <translation>Uthibitisho huu kutoka {0} ulisharekodiwa; hakuna kilichobadilika.</translation>
        </message>
        <message>
            <source>{0} acknowledged the bundle; the next export to it holds only newer changes.</source>
            <translation>{0} kimethibitisha kifurushi; uhamisho ujao kwake utakuwa na mabadiliko mapya tu.</translation>
        </message>
        <message>
            <source>This bundle from {0} was imported already; nothing changed. Its acknowledgement was written again to {1}.</source>
            <translation>Kifurushi hiki kutoka {0} kilishaingizwa; hakuna kilichobadilika. Uthibitisho wake umeandikwa tena kwenye {1}.</translation>
        </message>
        <message>
            <source>Imported {0} record(s) from {1}: {2} new, {3} updated, {4} deleted, {5} unchanged, {6} conflict(s). Send the acknowledgement {7} back to {1}.</source>
            <translation>Rekodi {0} zimeingizwa kutoka {1}: {2} mpya, {3} zimesasishwa, {4} zimefutwa, {5} hazijabadilika, migongano {6}. Rudisha uthibitisho {7} kwa {1}.</translation>
        </message>
        <message>
            <source>Choose a conflict to see both versions.</source>
            <translation>Chagua mgongano kuona matoleo yote mawili.</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Hakuna migongano.</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(imefutwa)</translation>
        </message>
        <message>
            <source>{0}: here {1}, at {2} {3}</source>
            <translation>{0}: hapa {1}, kwa {2} {3}</translation>
        </message>
        <message>
            <source>Resolving the conflict</source>
            <translation>Inatatua mgongano</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Chagua faili</translation>
        </message>
        <message>
            <source>A .csv (UTF-8 or Windows-1252, comma or semicolon) or .xlsx file with one person per row and a header row.</source>
            <translation>Faili ya .csv (UTF-8 au Windows-1252, koma au nukta-mkato) au .xlsx yenye mtu mmoja kwa kila safu na safu ya vichwa.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Faili ya kuingiza</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Vinjari…</translation>
        </message>
        <message>
            <source>Save the &amp;template…</source>
            <translation>Hifadhi &amp;kiolezo…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Faili:</translation>
        </message>
        <message>
            <source>Import people from</source>
            <translation>Ingiza watu kutoka</translation>
        </message>
        <message>
            <source>People files (*.csv *.xlsx)</source>
            <translation>Faili za watu (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Save the template as</source>
            <translation>Hifadhi kiolezo kama</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Inasoma faili…</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to ISSP Desktop</source>
            <translation>Karibu ISSP Desktop</translation>
        </message>
        <message>
            <source>Set up your centre. ISSP Desktop keeps everything on this PC, in
{0}</source>
            <translation>Weka mipangilio ya kituo chako. ISSP Desktop huhifadhi kila kitu kwenye kompyuta hii, katika
{0}</translation>
        </message>
        <message>
            <source>Your manager account</source>
            <translation>Akaunti yako ya meneja</translation>
        </message>
        <message>
            <source>e.g. Grace Wanjirũ</source>
            <translation>mf. Grace Wanjirũ</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Jina la &amp;mtumiaji:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Jina lako:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Rudia nenosiri:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Jina lako</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Rudia nenosiri</translation>
        </message>
        <message>
            <source>The manager can add accounts for supervisors, trainers and the payroll clerk later. Keep this password safe: without it nobody can manage the centre.</source>
            <translation>Meneja anaweza kuongeza akaunti za wasimamizi, wakufunzi na karani wa mishahara baadaye. Hifadhi nenosiri hili vizuri: bila hilo hakuna anayeweza kusimamia kituo.</translation>
        </message>
        <message>
            <source>Protect the data with a passphrase</source>
            <translation>Linda data kwa kaulisiri</translation>
        </message>
        <message>
            <source>&amp;Encrypt the database (recommended)</source>
            <translation>&amp;Simba hifadhidata (inapendekezwa)</translation>
        </message>
        <message>
            <source>If this PC or a backup stick is stolen, nobody can read the trainees' personal data without the passphrase.</source>
            <translation>Kompyuta hii au flash ya nakala rudufu ikiibiwa, hakuna atakayeweza kusoma taarifa binafsi za wanafunzi wa mafunzo bila kaulisiri.</translation>
        </message>
        <message>
            <source>Database passphrase</source>
            <translation>Kaulisiri ya hifadhidata</translation>
        </message>
        <message>
            <source>Repeat the database passphrase</source>
            <translation>Rudia kaulisiri ya hifadhidata</translation>
        </message>
        <message>
            <source>Encryption is not available on this PC. I agree to keep the data &amp;unencrypted.</source>
            <translation>Usimbaji haupatikani kwenye kompyuta hii. Nakubali data ibaki &amp;bila kusimbwa.</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase:</source>
            <translation>&amp;Kaulisiri:</translation>
        </message>
        <message>
            <source>Repeat pass&amp;phrase:</source>
            <translation>R&amp;udia kaulisiri:</translation>
        </message>
        <message>
            <source>Create the centre</source>
            <translation>Unda kituo</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>YYYY-MM-DD or DD/MM/YYYY</source>
            <translation>MMMM-MM-SS au SS/MM/MMMM</translation>
        </message>
    </context>
    <context>
        <name>FormError</name>
        <message>
            <source>Problem</source>
            <translation>Tatizo</translation>
        </message>
    </context>
    <context>
        <name>GridCellDelegate</name>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>The help page {0} is missing from this installation.</source>
            <translation>Ukurasa wa msaada {0} haupo kwenye usakinishaji huu.</translation>
        </message>
    </context>
    <context>
        <name>HolidayDialog</name>
        <message>
            <source>Public holiday</source>
            <translation>Sikukuu ya umma</translation>
        </message>
        <message>
            <source>Change a public holiday</source>
            <translation>Badilisha sikukuu ya umma</translation>
        </message>
        <message>
            <source>Date of the holiday</source>
            <translation>Tarehe ya sikukuu</translation>
        </message>
        <message>
            <source>Name of the holiday</source>
            <translation>Jina la sikukuu</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tarehe:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
    </context>
    <context>
        <name>HolidaysTab</name>
        <message>
            <source>Year</source>
            <translation>Mwaka</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Sikukuu za umma</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ongeza…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Badilisha…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Futa</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Mwaka:</translation>
        </message>
        <message>
            <source>&amp;Load Kenya's holidays for {0}</source>
            <translation>&amp;Pakia sikukuu za Kenya za {0}</translation>
        </message>
        <message>
            <source>When a holiday falls on a Sunday, the next day that is not a holiday is observed (Public Holidays Act). Idd-ul-Fitr and Idd-ul-Adha follow the moon: their dates are as gazetted — check them each year.</source>
            <translation>Sikukuu ikiangukia Jumapili, siku inayofuata isiyo sikukuu huadhimishwa (Sheria ya Sikukuu za Umma). Idd-ul-Fitr na Idd-ul-Adha hufuata mwezi: tarehe zake ni kama zilivyotangazwa kwenye gazeti rasmi — zikague kila mwaka.</translation>
        </message>
        <message>
            <source>No Idd dates are known to this version for {0}: add them when gazetted.</source>
            <translation>Toleo hili halijui tarehe za Idd za {0}: ziongeze zikitangazwa kwenye gazeti rasmi.</translation>
        </message>
        <message>
            <source>Added {0} holiday(s).</source>
            <translation>Sikukuu {0} zimeongezwa.</translation>
        </message>
        <message>
            <source>All of them were already listed.</source>
            <translation>Zote zilikuwa tayari kwenye orodha.</translation>
        </message>
        <message>
            <source>Choose a holiday in the list first.</source>
            <translation>Kwanza chagua sikukuu kwenye orodha.</translation>
        </message>
        <message>
            <source>Delete a public holiday</source>
            <translation>Futa sikukuu ya umma</translation>
        </message>
        <message>
            <source>Delete {0} {1}?</source>
            <translation>Futa {0} {1}?</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <source>At baseline</source>
            <translation>Mwanzoni</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Sasa</translation>
        </message>
        <message>
            <source>departures: tallest bar {0}</source>
            <translation>walioondoka: mstari mrefu zaidi {0}</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Idadi ya watu</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Waliondoka</translation>
        </message>
        <message>
            <source>Let go</source>
            <translation>Waliachishwa</translation>
        </message>
        <message>
            <source>Positive exit</source>
            <translation>Kuondoka kwa mafanikio</translation>
        </message>
        <message>
            <source>Nothing to show for this period</source>
            <translation>Hakuna cha kuonyesha kwa kipindi hiki</translation>
        </message>
    </context>
    <context>
        <name>ImpactPage</name>
        <message>
            <source>Reached: applied, trained or employed in the period.</source>
            <translation>Waliofikiwa: waliomba, walifunzwa au waliajiriwa katika kipindi.</translation>
        </message>
        <message>
            <source>At end: headcount on the last day.</source>
            <translation>Mwishoni: idadi ya watu siku ya mwisho.</translation>
        </message>
        <message>
            <source>Left: voluntary and involuntary departures.</source>
            <translation>Waliondoka: kuondoka kwa hiari na kusiko kwa hiari.</translation>
        </message>
        <message>
            <source>Finished: completed training in a cohort that ended in the period.</source>
            <translation>Waliomaliza: walikamilisha mafunzo katika kundi lililoisha katika kipindi.</translation>
        </message>
        <message>
            <source>Impact %: impact-worker share at the end.</source>
            <translation>Athari %: sehemu ya wafanyakazi wa athari mwishoni.</translation>
        </message>
        <message>
            <source>Income ×: median current earnings ÷ baseline.</source>
            <translation>Mapato ×: wastani wa kati wa mapato ya sasa ÷ mapato ya mwanzo.</translation>
        </message>
        <message>
            <source>≥ min. wage %: workers at the end earning at least the minimum wage.</source>
            <translation>≥ kima cha chini %: wafanyakazi mwishoni wanaopata angalau kima cha chini cha mshahara.</translation>
        </message>
        <message>
            <source>In breakdown tables a count of 1 to 4 people, and any share or median worked out from fewer than 5 people, is shown as "&lt;5" so that nobody can be identified.</source>
            <translation>Katika majedwali ya mgawanyo, idadi ya watu 1 hadi 4, na sehemu au wastani wa kati uliotokana na watu chini ya 5, huonyeshwa kama "&lt;5" ili mtu yeyote asitambulike.</translation>
        </message>
        <message>
            <source>Age bands use the age on the period's last day.</source>
            <translation>Makundi ya umri hutumia umri siku ya mwisho ya kipindi.</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Athari</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kipindi</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Mwaka huu</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Mwaka jana</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Miezi 12 iliyopita</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Chagua mwenyewe</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hadi</translation>
        </message>
        <message>
            <source>Break down by</source>
            <translation>Gawanya kwa</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Ulemavu</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Kundi la umri</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Kaunti</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Kituo</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Vituo vyote</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Onyesha</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Hamisha &amp;PDF…</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Hamisha &amp;XLSX…</translation>
        </message>
        <message>
            <source>&amp;Benchmarks…</source>
            <translation>&amp;Vipimo vya kulinganisha…</translation>
        </message>
        <message>
            <source>&amp;Definitions</source>
            <translation>&amp;Maana</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Kipindi</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Kuanzia</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hadi</translation>
        </message>
        <message>
            <source>Break down &amp;by</source>
            <translation>Gawanya &amp;kwa</translation>
        </message>
        <message>
            <source>Cent&amp;re</source>
            <translation>Ki&amp;tuo</translation>
        </message>
        <message>
            <source>Monthly income: at baseline and now</source>
            <translation>Mapato ya mwezi: mwanzoni na sasa</translation>
        </message>
        <message>
            <source>Headcount and departures by month</source>
            <translation>Idadi ya watu na walioondoka kwa mwezi</translation>
        </message>
        <message>
            <source>Training funnel</source>
            <translation>Mkondo wa mafunzo</translation>
        </message>
        <message>
            <source>Headline figures</source>
            <translation>Takwimu kuu</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Mgawanyo</translation>
        </message>
        <message>
            <source>Data notes</source>
            <translation>Maelezo ya data</translation>
        </message>
        <message>
            <source>The period ends before it starts: choose an end on or after {0}.</source>
            <translation>Kipindi kinaisha kabla ya kuanza: chagua mwisho siku ya {0} au baadaye.</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>Inahesabu takwimu…</translation>
        </message>
        <message>
            <source>{0} to {1}, compared with {2} to {3}; {4} people reached.</source>
            <translation>{0} hadi {1}, ikilinganishwa na {2} hadi {3}; watu {4} wamefikiwa.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sehemu</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Takwimu</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Kipindi hiki</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Kilichotangulia</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Mabadiliko</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Maelezo zaidi</translation>
        </message>
        <message>
            <source>IRIS+</source>
            <translation>IRIS+</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>Kwa jinsia</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>Kwa ulemavu</translation>
        </message>
        <message>
            <source>By age band (age at the period's end)</source>
            <translation>Kwa kundi la umri (umri mwishoni mwa kipindi)</translation>
        </message>
        <message>
            <source>By county</source>
            <translation>Kwa kaunti</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Waliofikiwa</translation>
        </message>
        <message>
            <source>At end</source>
            <translation>Mwishoni</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Walioajiriwa</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Waliondoka</translation>
        </message>
        <message>
            <source>Turnover %</source>
            <translation>Mzunguko %</translation>
        </message>
        <message>
            <source>Impact %</source>
            <translation>Athari %</translation>
        </message>
        <message>
            <source>Trained</source>
            <translation>Waliofunzwa</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Waliomaliza</translation>
        </message>
        <message>
            <source>Income ×</source>
            <translation>Mapato ×</translation>
        </message>
        <message>
            <source>≥ min. wage %</source>
            <translation>≥ kima cha chini %</translation>
        </message>
        <message>
            <source>female</source>
            <translation>mwanamke</translation>
        </message>
        <message>
            <source>male</source>
            <translation>mwanamume</translation>
        </message>
        <message>
            <source>other</source>
            <translation>nyingine</translation>
        </message>
        <message>
            <source>unsaid</source>
            <translation>haikutajwa</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>haijulikani</translation>
        </message>
        <message>
            <source>with disability</source>
            <translation>wenye ulemavu</translation>
        </message>
        <message>
            <source>without disability</source>
            <translation>wasio na ulemavu</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>chini ya miaka 15</translation>
        </message>
        <message>
            <source>Export the impact report</source>
            <translation>Hamisha ripoti ya athari</translation>
        </message>
        <message>
            <source>Writing the impact report…</source>
            <translation>Inaandika ripoti ya athari…</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>Imeandika {0}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Kuhamisha kumeshindwa</translation>
        </message>
        <message>
            <source>Impact figures</source>
            <translation>Takwimu za athari</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import people</source>
            <translation>Ingiza watu</translation>
        </message>
        <message>
            <source>Importing people…</source>
            <translation>Inaingiza watu…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>Imesitishwa; hakuna kilichohifadhiwa.</translation>
        </message>
    </context>
    <context>
        <name>KioskExitDialog</name>
        <message>
            <source>Close the door kiosk</source>
            <translation>Funga kioski ya mlangoni</translation>
        </message>
        <message>
            <source>A supervisor or manager signs to close the kiosk.</source>
            <translation>Msimamizi au meneja huingia ili kufunga kioski.</translation>
        </message>
        <message>
            <source>Only a supervisor or a manager may close the kiosk.</source>
            <translation>Ni msimamizi au meneja pekee anayeweza kufunga kioski.</translation>
        </message>
    </context>
    <context>
        <name>KioskTab</name>
        <message>
            <source>Door kiosk</source>
            <translation>Kioski ya mlangoni</translation>
        </message>
        <message>
            <source>Workers clock in and out at the door with their badge: a USB barcode scanner (it types the number and Enter) or the keyboard. A scan clocks in, or out when the person is already in; F1 and F2 choose In or Out.

The kiosk fills the screen and keeps working when this window locks itself. This window locks when the kiosk opens; closing the kiosk needs a supervisor's or manager's password.</source>
            <translation>Wafanyakazi huingia na kutoka mlangoni kwa beji yao: skana ya msimbopau ya USB (huandika nambari na Enter) au kibodi. Kuskani huingiza, au hutoa ikiwa mtu tayari yuko ndani; F1 na F2 huchagua Kuingia au Kutoka.

Kioski hujaza skrini na huendelea kufanya kazi dirisha hili likijifunga. Dirisha hili hujifunga kioski ikifunguliwa; kufunga kioski kunahitaji nenosiri la msimamizi au meneja.</translation>
        </message>
        <message>
            <source>Open the door kiosk</source>
            <translation>Fungua kioski ya mlangoni</translation>
        </message>
        <message>
            <source>A supervisor or manager opens the kiosk.</source>
            <translation>Msimamizi au meneja hufungua kioski.</translation>
        </message>
        <message>
            <source>Today: {0} punch(es); {1} people clocked in now.</source>
            <translation>Leo: maingizo {0}; watu {1} wameingia sasa.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Door kiosk</source>
            <translation>Kioski ya mlangoni</translation>
        </message>
        <message>
            <source>Scan your badge, or type its number and press Enter</source>
            <translation>Skani beji yako, au andika nambari yake kisha bonyeza Enter</translation>
        </message>
        <message>
            <source>Badge number</source>
            <translation>Nambari ya beji</translation>
        </message>
        <message>
            <source>Clock IN  (F1)</source>
            <translation>INGIA  (F1)</translation>
        </message>
        <message>
            <source>Clock OUT  (F2)</source>
            <translation>TOKA  (F2)</translation>
        </message>
        <message>
            <source>Close kiosk…</source>
            <translation>Funga kioski…</translation>
        </message>
        <message>
            <source>Unknown badge {0}.
Ask your supervisor.</source>
            <translation>Beji {0} haijulikani.
Muulize msimamizi wako.</translation>
        </message>
        <message>
            <source>{0}, you are already clocked in (since {1}).</source>
            <translation>{0}, tayari umeingia (tangu {1}).</translation>
        </message>
        <message>
            <source>{0}, you are not clocked in: there is nothing to clock out.
Press Clock IN, or ask your supervisor.</source>
            <translation>{0}, hujaingia: hakuna cha kutoka.
Bonyeza INGIA, au muulize msimamizi wako.</translation>
        </message>
        <message>
            <source>{0}: this clock-out is before your clock-in at {1}.</source>
            <translation>{0}: muda huu wa kutoka ni kabla ya muda wako wa kuingia {1}.</translation>
        </message>
        <message>
            <source>{0} is no longer at the centre.</source>
            <translation>{0} hayupo tena kituoni.</translation>
        </message>
        <message>
            <source>Check the time</source>
            <translation>Kagua saa</translation>
        </message>
        <message>
            <source>The time of this clock-{0} for {1} looks wrong:

{2}

Is this computer's clock right? A supervisor or manager signs to save the punch anyway.</source>
            <translation>Muda wa {0} huu kwa {1} unaonekana si sahihi:

{2}

Je, saa ya kompyuta hii iko sawa? Msimamizi au meneja atie sahihi ili kuhifadhi hata hivyo.</translation>
        </message>
        <message>
            <source>Only a supervisor or a manager may confirm a punch whose time looks wrong.</source>
            <translation>Ni msimamizi au meneja tu anayeweza kuthibitisha mpigo ambao muda wake unaonekana si sahihi.</translation>
        </message>
        <message>
            <source>Check the time: a supervisor should confirm.</source>
            <translation>Kagua saa: msimamizi athibitishe.</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Haijahifadhiwa.</translation>
        </message>
        <message>
            <source>Clocked IN at {0}</source>
            <translation>UMEINGIA saa {0}</translation>
        </message>
        <message>
            <source>Clocked OUT at {0}</source>
            <translation>UMETOKA saa {0}</translation>
        </message>
        <message>
            <source>Your last clock-out is missing: tell your supervisor.</source>
            <translation>Muda wako wa mwisho wa kutoka haupo: mwambie msimamizi wako.</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>kwa wakati</translation>
        </message>
        <message>
            <source>no shift planned</source>
            <translation>hakuna zamu iliyopangwa</translation>
        </message>
        <message>
            <source>late {0} min</source>
            <translation>amechelewa dak {0}</translation>
        </message>
        <message>
            <source>left early {0} min</source>
            <translation>aliondoka mapema dak {0}</translation>
        </message>
        <message>
            <source>overtime {0} min</source>
            <translation>muda wa ziada dak {0}</translation>
        </message>
    </context>
    <context>
        <name>LanguageSettings</name>
        <message>
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <source>Language of ISSP Desktop on this PC</source>
            <translation>Lugha ya ISSP Desktop kwenye kompyuta hii</translation>
        </message>
        <message>
            <source>Same as this PC's system</source>
            <translation>Sawa na mfumo wa kompyuta hii</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lugha:</translation>
        </message>
        <message>
            <source>The language could not be saved: {0}</source>
            <translation>Lugha haikuweza kuhifadhiwa: {0}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Imehifadhiwa.</translation>
        </message>
        <message>
            <source>Saved. Close and start ISSP Desktop again to see it in the new language.</source>
            <translation>Imehifadhiwa. Funga na uanzishe ISSP Desktop tena ili kuiona kwa lugha mpya.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>The database {0} is encrypted.
Enter its passphrase (or the recovery key):</source>
            <translation>Hifadhidata {0} imesimbwa.
Weka kaulisiri yake (au ufunguo wa kurejesha):</translation>
        </message>
        <message>
            <source>Restore the newest good backup, made {0}? The damaged file is kept aside.</source>
            <translation>Rejesha nakala rudufu nzuri ya karibuni, iliyofanywa {0}? Faili iliyoharibika inawekwa kando.</translation>
        </message>
        <message>
            <source>Creating the demo centre…</source>
            <translation>Inaunda kituo cha majaribio…</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>Record leave</source>
            <translation>Rekodi likizo</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Kind of leave</source>
            <translation>Aina ya likizo</translation>
        </message>
        <message>
            <source>Annual</source>
            <translation>Ya mwaka</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Ya ugonjwa</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Bila malipo</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Siku ya kwanza</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Siku ya mwisho</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Mfanyakazi:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Aina:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Kuanzia:</translation>
        </message>
        <message>
            <source>&amp;To (included):</source>
            <translation>&amp;Hadi (ikiwemo):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Maelezo:</translation>
        </message>
        <message>
            <source>Choose a worker.</source>
            <translation>Chagua mfanyakazi.</translation>
        </message>
    </context>
    <context>
        <name>LeaveTab</name>
        <message>
            <source>&amp;Record leave…</source>
            <translation>&amp;Rekodi likizo…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Futa</translation>
        </message>
        <message>
            <source>Recorded {0} leave for {1}.</source>
            <translation>Likizo {0} imerekodiwa kwa {1}.</translation>
        </message>
        <message>
            <source>Deleted the leave of {0}.</source>
            <translation>Likizo ya {0} imefutwa.</translation>
        </message>
    </context>
    <context>
        <name>LockedPage</name>
        <message>
            <source>&lt;h2&gt;ISSP Desktop is locked&lt;/h2&gt;Sign in to see and change the centre's records.</source>
            <translation>&lt;h2&gt;ISSP Desktop imefungwa&lt;/h2&gt;Ingia ili kuona na kubadilisha rekodi za kituo.</translation>
        </message>
        <message>
            <source>&amp;Sign in…</source>
            <translation>&amp;Ingia…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Imefungwa</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — ISSP Desktop</source>
            <translation>Ingia — ISSP Desktop</translation>
        </message>
        <message>
            <source>ISSP Desktop</source>
            <translation>ISSP Desktop</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Jina la &amp;mtumiaji:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Ingia</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Andika jina lako la mtumiaji.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Inakagua…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Sehemu</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashibodi</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Watumiaji</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Kumbukumbu za ukaguzi</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Watu</translation>
        </message>
        <message>
            <source>Registering applicants and trainees with their impact profile, search, import and export arrive with the people and training feature. People and their stage history are already kept in the database and counted on the Dashboard.</source>
            <translation>Kusajili waombaji na wanafunzi wa mafunzo pamoja na wasifu wao wa athari, kutafuta, kuingiza na kuhamisha kunakuja na kipengele cha watu na mafunzo. Watu na historia ya hatua zao tayari wanahifadhiwa kwenye hifadhidata na kuhesabiwa kwenye Dashibodi.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Mafunzo</translation>
        </message>
        <message>
            <source>Cohorts, curriculum modules, assessments and training roll-call arrive with the people and training feature.</source>
            <translation>Makundi, moduli za mtaala, tathmini na mahudhurio ya mafunzo vinakuja na kipengele cha watu na mafunzo.</translation>
        </message>
        <message>
            <source>Roster &amp; Attendance</source>
            <translation>Ratiba na Mahudhurio</translation>
        </message>
        <message>
            <source>Shift planning, the door kiosk for clock-in and clock-out, and hours worked arrive with the shifts and attendance feature.</source>
            <translation>Kupanga zamu, kioski ya mlangoni ya kuingia na kutoka, na saa za kazi vinakuja na kipengele cha zamu na mahudhurio.</translation>
        </message>
        <message>
            <source>Clients &amp; Work</source>
            <translation>Wateja na Kazi</translation>
        </message>
        <message>
            <source>Clients, projects, batches, work logs and quality checks arrive with the deliverables feature.</source>
            <translation>Wateja, miradi, bechi, rekodi za kazi na ukaguzi wa ubora vinakuja na kipengele cha kazi za wateja.</translation>
        </message>
        <message>
            <source>Payroll</source>
            <translation>Mishahara</translation>
        </message>
        <message>
            <source>Pay periods, statutory deductions, payslips and payment files arrive with the payroll feature.</source>
            <translation>Vipindi vya malipo, makato ya kisheria, hati za malipo na faili za malipo vinakuja na kipengele cha mishahara.</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Vyeti</translation>
        </message>
        <message>
            <source>Progress and skill certificates with offline verification arrive with the certificates feature.</source>
            <translation>Vyeti vya maendeleo na vya ujuzi vinavyothibitishwa bila mtandao vinakuja na kipengele cha vyeti.</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Athari</translation>
        </message>
        <message>
            <source>The funder report and impact dashboard arrive with the impact feature.</source>
            <translation>Ripoti ya mfadhili na dashibodi ya athari vinakuja na kipengele cha athari.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Faili</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Funga</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Badilisha &amp;nenosiri…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Toka</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hifadhi nakala sasa</translation>
        </message>
        <message>
            <source>&amp;Copy a backup to a folder or USB stick…</source>
            <translation>&amp;Nakili nakala rudufu kwenye folda au flash…</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Rejesha nakala rudufu…</translation>
        </message>
        <message>
            <source>Personal &amp;data requests…</source>
            <translation>Maombi ya &amp;data binafsi…</translation>
        </message>
        <message>
            <source>E&amp;xchange with other centres…</source>
            <translation>&amp;Badilishana na vituo vingine…</translation>
        </message>
        <message>
            <source>Open the door &amp;kiosk…</source>
            <translation>Fungua &amp;kioski ya mlangoni…</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>Fungua folda ya &amp;data</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Funga programu</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Nenda</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Msaada</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>&amp;Msaada wa ukurasa huu</translation>
        </message>
        <message>
            <source>&amp;Quick-start guide (PDF)…</source>
            <translation>&amp;Mwongozo wa kuanza haraka (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Impact figures explained</source>
            <translation>&amp;Maelezo ya takwimu za athari</translation>
        </message>
        <message>
            <source>&amp;About ISSP Desktop</source>
            <translation>&amp;Kuhusu ISSP Desktop</translation>
        </message>
        <message>
            <source>Help: {0}</source>
            <translation>Msaada: {0}</translation>
        </message>
        <message>
            <source>Save the quick-start guide</source>
            <translation>Hifadhi mwongozo wa kuanza haraka</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Impact figures</source>
            <translation>Takwimu za athari</translation>
        </message>
        <message>
            <source>Demo centre: sign in as manager, supervisor, trainer, clerk or viewer, each with the password “demo”.</source>
            <translation>Kituo cha majaribio: ingia kama manager, supervisor, trainer, clerk au viewer, kila mmoja kwa nenosiri “demo”.</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Inahifadhi nakala rudufu…</translation>
        </message>
        <message>
            <source>Backup made, but the copy to the backup folder failed: {0}</source>
            <translation>Nakala rudufu imefanywa, lakini kunakili kwenye folda ya nakala kumeshindwa: {0}</translation>
        </message>
        <message>
            <source>Backup made and checked.</source>
            <translation>Nakala rudufu imefanywa na kukaguliwa.</translation>
        </message>
        <message>
            <source>Last backup FAILED — see the message</source>
            <translation>Nakala rudufu ya mwisho IMESHINDWA — tazama ujumbe</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Nakala rudufu imeshindwa</translation>
        </message>
        <message>
            <source>Copy the newest backup to</source>
            <translation>Nakili nakala rudufu ya karibuni kwenda</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation>Inanakili nakala rudufu…</translation>
        </message>
        <message>
            <source>Copied and verified: {0}</source>
            <translation>Imenakiliwa na kuthibitishwa: {0}</translation>
        </message>
        <message>
            <source>Database: {0}</source>
            <translation>Hifadhidata: {0}</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Inafungua hifadhidata…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Imefungwa</translation>
        </message>
        <message>
            <source>No user accounts yet</source>
            <translation>Bado hakuna akaunti za watumiaji</translation>
        </message>
        <message>
            <source>Signed in: {0} ({1})</source>
            <translation>Umeingia: {0} ({1})</translation>
        </message>
        <message>
            <source>Last backup: never</source>
            <translation>Nakala rudufu ya mwisho: haijawahi</translation>
        </message>
        <message>
            <source>Last backup: {0}</source>
            <translation>Nakala rudufu ya mwisho: {0}</translation>
        </message>
        <message>
            <source>About ISSP Desktop</source>
            <translation>Kuhusu ISSP Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;ISSP Desktop {0}&lt;/b&gt;&lt;br&gt;Runs an impact-sourcing centre offline: people and training, shifts, deliverables, payroll, certificates and impact.&lt;br&gt;&lt;br&gt;Database: {1}</source>
            <translation>&lt;b&gt;ISSP Desktop {0}&lt;/b&gt;&lt;br&gt;Huendesha kituo cha ajira yenye athari bila mtandao: watu na mafunzo, zamu, kazi za wateja, mishahara, vyeti na athari.&lt;br&gt;&lt;br&gt;Hifadhidata: {1}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Linganisha safu wima</translation>
        </message>
        <message>
            <source>Which column of the file holds each field? Fields marked * are needed; the others may stay empty.</source>
            <translation>Ni safu wima gani ya faili yenye kila sehemu? Sehemu zenye alama * zinahitajika; nyingine zinaweza kubaki tupu.</translation>
        </message>
        <message>
            <source>The first rows of the file</source>
            <translation>Safu za kwanza za faili</translation>
        </message>
        <message>
            <source>Column for {0}</source>
            <translation>Safu wima ya {0}</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Kitabu cha Excel</translation>
        </message>
        <message>
            <source>text read as {0}, separated by '{1}'</source>
            <translation>maandishi yamesomwa kama {0}, yametenganishwa kwa '{1}'</translation>
        </message>
        <message>
            <source>{0} rows; {1}.</source>
            <translation>Safu {0}; {1}.</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(haipo kwenye faili)</translation>
        </message>
    </context>
    <context>
        <name>ModulesDialog</name>
        <message>
            <source>Modules</source>
            <translation>Moduli</translation>
        </message>
        <message>
            <source>&amp;New module</source>
            <translation>Moduli &amp;mpya</translation>
        </message>
        <message>
            <source>Test (a score out of 100)</source>
            <translation>Mtihani (alama kati ya 100)</translation>
        </message>
        <message>
            <source>Typing (speed and accuracy)</source>
            <translation>Uchapaji (kasi na usahihi)</translation>
        </message>
        <message>
            <source> h</source>
            <translation> saa</translation>
        </message>
        <message>
            <source> wpm</source>
            <translation> maneno/dak</translation>
        </message>
        <message>
            <source>e.g. 95 or 97.5</source>
            <translation>mf. 95 au 97.5</translation>
        </message>
        <message>
            <source>Taught (untick to retire the module)</source>
            <translation>Inafundishwa (ondoa alama ili kustaafisha moduli)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Aina:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Saa:</translation>
        </message>
        <message>
            <source>&amp;Pass mark:</source>
            <translation>Alama ya &amp;kufaulu:</translation>
        </message>
        <message>
            <source>Minimum s&amp;peed:</source>
            <translation>&amp;Kasi ya chini:</translation>
        </message>
        <message>
            <source>Minimum a&amp;ccuracy %:</source>
            <translation>&amp;Usahihi wa chini %:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Ma&amp;elezo:</translation>
        </message>
        <message>
            <source>Module name</source>
            <translation>Jina la moduli</translation>
        </message>
        <message>
            <source>Kind of assessment</source>
            <translation>Aina ya tathmini</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Saa zilizopangwa</translation>
        </message>
        <message>
            <source>Pass mark out of 100</source>
            <translation>Alama ya kufaulu kati ya 100</translation>
        </message>
        <message>
            <source>Minimum words per minute</source>
            <translation>Maneno ya chini kwa dakika</translation>
        </message>
        <message>
            <source>Minimum accuracy in percent</source>
            <translation>Usahihi wa chini kwa asilimia</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Module is taught</source>
            <translation>Moduli inafundishwa</translation>
        </message>
        <message>
            <source>&amp;Save module</source>
            <translation>&amp;Hifadhi moduli</translation>
        </message>
        <message>
            <source>{0} (retired)</source>
            <translation>{0} (imestaafishwa)</translation>
        </message>
    </context>
    <context>
        <name>PayTermsDialog</name>
        <message>
            <source>New pay terms</source>
            <translation>Masharti mapya ya mshahara</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Mtu</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Yanatumika kuanzia</translation>
        </message>
        <message>
            <source>Kind of pay</source>
            <translation>Aina ya mshahara</translation>
        </message>
        <message>
            <source>Amount (a month, day or hour)</source>
            <translation>Kiasi (kwa mwezi, siku au saa)</translation>
        </message>
        <message>
            <source>Hourly rate (optional)</source>
            <translation>Kiwango kwa saa (si lazima)</translation>
        </message>
        <message>
            <source>Weekday overtime</source>
            <translation>Muda wa ziada siku za kazi</translation>
        </message>
        <message>
            <source>Rest-day overtime</source>
            <translation>Muda wa ziada siku za mapumziko</translation>
        </message>
        <message>
            <source>Job category</source>
            <translation>Aina ya kazi</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Mahali</translation>
        </message>
        <message>
            <source>Statutory deductions apply (PAYE, NSSF, SHIF, housing levy)</source>
            <translation>Makato ya kisheria yanahusika (PAYE, NSSF, SHIF, ushuru wa nyumba)</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Analipwa kwa</translation>
        </message>
        <message>
            <source>M-Pesa phone (blank: the person's)</source>
            <translation>Simu ya M-Pesa (tupu: ya mtu mwenyewe)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Benki</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Tawi</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Nambari ya akaunti</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kiasi</translation>
        </message>
        <message>
            <source>Hourly rate</source>
            <translation>Kiwango kwa saa</translation>
        </message>
        <message>
            <source>Weekday overtime ×</source>
            <translation>Muda wa ziada siku za kazi ×</translation>
        </message>
        <message>
            <source>Rest-day, holiday overtime ×</source>
            <translation>Muda wa ziada mapumziko, sikukuu ×</translation>
        </message>
        <message>
            <source>Job category (minimum wage)</source>
            <translation>Aina ya kazi (kima cha chini cha mshahara)</translation>
        </message>
        <message>
            <source>M-Pesa phone</source>
            <translation>Simu ya M-Pesa</translation>
        </message>
    </context>
    <context>
        <name>PayTermsTab</name>
        <message>
            <source>Filter by name…</source>
            <translation>Chuja kwa jina…</translation>
        </message>
        <message>
            <source>Filter the pay terms</source>
            <translation>Chuja masharti ya mshahara</translation>
        </message>
        <message>
            <source>&amp;New terms…</source>
            <translation>Masharti &amp;mapya…</translation>
        </message>
        <message>
            <source>Everybody's current pay terms</source>
            <translation>Masharti ya sasa ya mshahara ya kila mtu</translation>
        </message>
        <message>
            <source>The chosen person's terms history</source>
            <translation>Historia ya masharti ya mtu aliyechaguliwa</translation>
        </message>
        <message>
            <source>&lt;b&gt;History of the chosen person&lt;/b&gt; (newest first; each row is in force until the next)</source>
            <translation>&lt;b&gt;Historia ya mtu aliyechaguliwa&lt;/b&gt; (ya karibuni kwanza; kila safu inatumika hadi inayofuata)</translation>
        </message>
        <message>
            <source>Workers without pay terms ({0}): {1}</source>
            <translation>Wafanyakazi wasio na masharti ya mshahara ({0}): {1}</translation>
        </message>
    </context>
    <context>
        <name>PayrollItemDialog</name>
        <message>
            <source>New adjustment</source>
            <translation>Marekebisho mapya</translation>
        </message>
        <message>
            <source>New pay item</source>
            <translation>Kipengele kipya cha mshahara</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Mtu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Payslip it corrects</source>
            <translation>Hati ya malipo inayosahihishwa</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kiasi</translation>
        </message>
        <message>
            <source>e.g. 2,500 (an adjustment may be −1,000)</source>
            <translation>mf. 2,500 (marekebisho yanaweza kuwa −1,000)</translation>
        </message>
        <message>
            <source>e.g. 2,500</source>
            <translation>mf. 2,500</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Taxable (part of the statutory base)</source>
            <translation>Inatozwa kodi (sehemu ya msingi wa kisheria)</translation>
        </message>
        <message>
            <source>Corrects payslip</source>
            <translation>Inasahihisha hati ya malipo</translation>
        </message>
        <message>
            <source>{0}: net {1}</source>
            <translation>{0}: halisi {1}</translation>
        </message>
    </context>
    <context>
        <name>PayrollPage</name>
        <message>
            <source>Payroll</source>
            <translation>Mishahara</translation>
        </message>
        <message>
            <source>Pay periods</source>
            <translation>Vipindi vya malipo</translation>
        </message>
        <message>
            <source>Pay terms</source>
            <translation>Masharti ya mshahara</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Payroll&lt;/h2&gt;Run the month from attendance and accepted work, check it, close it, print payslips and pay.</source>
            <translation>&lt;h2&gt;Mishahara&lt;/h2&gt;Endesha mwezi kutokana na mahudhurio na kazi iliyokubaliwa, ikague, uifunge, chapisha hati za malipo na ulipe.</translation>
        </message>
    </context>
    <context>
        <name>PayrollPeriodsTab</name>
        <message>
            <source>Pay periods</source>
            <translation>Vipindi vya malipo</translation>
        </message>
        <message>
            <source>&amp;New period</source>
            <translation>Kipindi &amp;kipya</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pay periods&lt;/b&gt;</source>
            <translation>&lt;b&gt;Vipindi vya malipo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Endesha</translation>
        </message>
        <message>
            <source>Mark re&amp;viewed</source>
            <translation>Weka alama &amp;imekaguliwa</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>Rudisha kwenye &amp;rasimu</translation>
        </message>
        <message>
            <source>&amp;Close period…</source>
            <translation>&amp;Funga kipindi…</translation>
        </message>
        <message>
            <source>&amp;Payslips PDF…</source>
            <translation>&amp;Hati za malipo PDF…</translation>
        </message>
        <message>
            <source>Register P&amp;DF…</source>
            <translation>Rejista P&amp;DF…</translation>
        </message>
        <message>
            <source>Register &amp;XLSX…</source>
            <translation>Rejista &amp;XLSX…</translation>
        </message>
        <message>
            <source>&amp;Export payments…</source>
            <translation>&amp;Hamisha malipo…</translation>
        </message>
        <message>
            <source>&amp;Import payment references…</source>
            <translation>&amp;Ingiza kumbukumbu za malipo…</translation>
        </message>
        <message>
            <source>Add pay &amp;item…</source>
            <translation>Ongeza &amp;kipengele cha mshahara…</translation>
        </message>
        <message>
            <source>Add ad&amp;justment…</source>
            <translation>Ongeza &amp;marekebisho…</translation>
        </message>
        <message>
            <source>Language of the payslips</source>
            <translation>Lugha ya hati za malipo</translation>
        </message>
        <message>
            <source>English with Kiswahili</source>
            <translation>Kiingereza pamoja na Kiswahili</translation>
        </message>
        <message>
            <source>Payslip lan&amp;guage:</source>
            <translation>&amp;Lugha ya hati za malipo:</translation>
        </message>
        <message>
            <source>Filter by name or ID…</source>
            <translation>Chuja kwa jina au kitambulisho…</translation>
        </message>
        <message>
            <source>Filter the payslips</source>
            <translation>Chuja hati za malipo</translation>
        </message>
        <message>
            <source>Payslips of the period</source>
            <translation>Hati za malipo za kipindi</translation>
        </message>
        <message>
            <source>How the payslip was worked out</source>
            <translation>Jinsi hati ya malipo ilivyohesabiwa</translation>
        </message>
        <message>
            <source>Pay items of the period</source>
            <translation>Vipengele vya mshahara vya kipindi</translation>
        </message>
        <message>
            <source>Adjustments in the period</source>
            <translation>Marekebisho katika kipindi</translation>
        </message>
        <message>
            <source>How it was worked out</source>
            <translation>Jinsi ilivyohesabiwa</translation>
        </message>
        <message>
            <source>Pay items</source>
            <translation>Vipengele vya mshahara</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Marekebisho</translation>
        </message>
        <message>
            <source>M-Pesa bulk payment (CSV)</source>
            <translation>Malipo ya pamoja ya M-Pesa (CSV)</translation>
        </message>
        <message>
            <source>Bank transfer (CSV)</source>
            <translation>Uhamisho wa benki (CSV)</translation>
        </message>
        <message>
            <source>Cash payout sheet (PDF)</source>
            <translation>Orodha ya malipo ya pesa taslimu (PDF)</translation>
        </message>
        <message>
            <source>Export payments</source>
            <translation>Hamisha malipo</translation>
        </message>
        <message>
            <source>Payment file:</source>
            <translation>Faili ya malipo:</translation>
        </message>
        <message>
            <source>Re-&amp;run</source>
            <translation>Endesha &amp;tena</translation>
        </message>
        <message>
            <source>No pay period yet: press New period.</source>
            <translation>Bado hakuna kipindi cha malipo: bonyeza Kipindi kipya.</translation>
        </message>
        <message>
            <source>draft, changed since its last run: run it again</source>
            <translation>rasimu, imebadilika tangu iendeshwe mara ya mwisho: iendeshe tena</translation>
        </message>
        <message>
            <source>draft, not run yet</source>
            <translation>rasimu, bado haijaendeshwa</translation>
        </message>
        <message>
            <source>reconciles</source>
            <translation>inalingana</translation>
        </message>
        <message>
            <source>DOES NOT RECONCILE</source>
            <translation>HAILINGANI</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1} to {2}, pay date {3}) — {4}. {5} payslips: gross {6}, deductions {7}, net {8}; employer contributions {9}; net + deductions = gross: {10}.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; ({1} hadi {2}, tarehe ya malipo {3}) — {4}. Hati za malipo {5}: jumla {6}, makato {7}, halisi {8}; michango ya mwajiri {9}; halisi + makato = jumla: {10}.</translation>
        </message>
        <message>
            <source>Creating the next pay period…</source>
            <translation>Inaunda kipindi kinachofuata cha malipo…</translation>
        </message>
        <message>
            <source>Running {0}…</source>
            <translation>Inaendesha {0}…</translation>
        </message>
        <message>
            <source>Close {0}</source>
            <translation>Funga {0}</translation>
        </message>
        <message>
            <source>Close {0} for good? Its {1} payslips can never change again (mistakes are corrected with adjustments in a later period), and shifts up to {2} are locked.</source>
            <translation>Funga {0} kabisa? Hati zake za malipo {1} hazitaweza kubadilika tena (makosa husahihishwa kwa marekebisho katika kipindi kijacho), na zamu hadi {2} zinafungwa.</translation>
        </message>
        <message>
            <source>Save the payslips</source>
            <translation>Hifadhi hati za malipo</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the payslips…</source>
            <translation>Inatengeneza hati za malipo…</translation>
        </message>
        <message>
            <source>Saved {0} payslip pages to {1}</source>
            <translation>Kurasa {0} za hati za malipo zimehifadhiwa kwenye {1}</translation>
        </message>
        <message>
            <source>Save the payroll register</source>
            <translation>Hifadhi rejista ya mishahara</translation>
        </message>
        <message>
            <source>Making the register…</source>
            <translation>Inatengeneza rejista…</translation>
        </message>
        <message>
            <source>Saved the register to {0}</source>
            <translation>Rejista imehifadhiwa kwenye {0}</translation>
        </message>
        <message>
            <source>Fix these phone numbers first</source>
            <translation>Kwanza rekebisha nambari hizi za simu</translation>
        </message>
        <message>
            <source>M-Pesa cannot pay these people (their phone cannot become 2547XXXXXXXX or 2541XXXXXXXX); no file was written:
{0}</source>
            <translation>M-Pesa haiwezi kuwalipa watu hawa (simu zao haziwezi kuwa 2547XXXXXXXX au 2541XXXXXXXX); hakuna faili iliyoandikwa:
{0}</translation>
        </message>
        <message>
            <source>{0} phone number(s) to fix before the M-Pesa export.</source>
            <translation>Nambari {0} za simu za kurekebisha kabla ya kuhamisha M-Pesa.</translation>
        </message>
        <message>
            <source>{0} file for {1}: control totals {2} payment(s), sum {3}. Payslips already marked paid: {4}. Write it?</source>
            <translation>Faili ya {0} kwa {1}: jumla za udhibiti malipo {2}, kiasi {3}. Hati za malipo zilizokwisha lipwa: {4}. Iandike?</translation>
        </message>
        <message>
            <source>Save the payment file</source>
            <translation>Hifadhi faili ya malipo</translation>
        </message>
        <message>
            <source>Writing the payment file…</source>
            <translation>Inaandika faili ya malipo…</translation>
        </message>
        <message>
            <source>Wrote {0}: {1} payment(s), sum {2}</source>
            <translation>Imeandika {0}: malipo {1}, kiasi {2}</translation>
        </message>
        <message>
            <source>Payment references (CSV)</source>
            <translation>Kumbukumbu za malipo (CSV)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Marked {0} payslip(s) paid, total {1}</source>
            <translation>Hati za malipo {0} zimewekwa alama zimelipwa, jumla {1}</translation>
        </message>
        <message>
            <source>Marking payments…</source>
            <translation>Inaweka alama za malipo…</translation>
        </message>
    </context>
    <context>
        <name>PayrollSettingsTab</name>
        <message>
            <source>Rule pack</source>
            <translation>Kifurushi cha kanuni</translation>
        </message>
        <message>
            <source>Pay period</source>
            <translation>Kipindi cha malipo</translation>
        </message>
        <message>
            <source>Hours a month (hourly rate = monthly ÷ this)</source>
            <translation>Saa kwa mwezi (kiwango kwa saa = cha mwezi ÷ hiki)</translation>
        </message>
        <message>
            <source>Working days a month</source>
            <translation>Siku za kazi kwa mwezi</translation>
        </message>
        <message>
            <source>M-Pesa file columns</source>
            <translation>Safu wima za faili ya M-Pesa</translation>
        </message>
        <message>
            <source>JSON [[header, field], …]; fields: {0}</source>
            <translation>JSON [[kichwa, sehemu], …]; sehemu: {0}</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Hifadhi mipangilio</translation>
        </message>
        <message>
            <source>Hours a month</source>
            <translation>Saa kwa mwezi</translation>
        </message>
        <message>
            <source>M-Pesa columns</source>
            <translation>Safu wima za M-Pesa</translation>
        </message>
        <message>
            <source>Payroll</source>
            <translation>Mishahara</translation>
        </message>
        <message>
            <source>Rule pack versions</source>
            <translation>Matoleo ya kifurushi cha kanuni</translation>
        </message>
        <message>
            <source>A new version as JSON</source>
            <translation>Toleo jipya kama JSON</translation>
        </message>
        <message>
            <source>Copy a version, change its date and figures, then add it</source>
            <translation>Nakili toleo, badilisha tarehe na takwimu zake, kisha uliongeze</translation>
        </message>
        <message>
            <source>&amp;Copy the chosen version</source>
            <translation>&amp;Nakili toleo lililochaguliwa</translation>
        </message>
        <message>
            <source>From a JSON &amp;file…</source>
            <translation>Kutoka &amp;faili ya JSON…</translation>
        </message>
        <message>
            <source>&amp;Add as a new dated version</source>
            <translation>&amp;Ongeza kama toleo jipya lenye tarehe</translation>
        </message>
        <message>
            <source>Never edited: a change is a new dated version.</source>
            <translation>Hayabadilishwi kamwe: badiliko ni toleo jipya lenye tarehe.</translation>
        </message>
        <message>
            <source>Dated: the newest row up to a period's end applies.</source>
            <translation>Yenye tarehe: safu ya karibuni hadi mwisho wa kipindi ndiyo inayotumika.</translation>
        </message>
        <message>
            <source>Minimum wages</source>
            <translation>Kima cha chini cha mishahara</translation>
        </message>
        <message>
            <source>Job category</source>
            <translation>Aina ya kazi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Mahali</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Yanatumika kuanzia</translation>
        </message>
        <message>
            <source>Monthly minimum</source>
            <translation>Kima cha chini kwa mwezi</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Kwa mwezi</translation>
        </message>
        <message>
            <source>Source (Legal Notice)</source>
            <translation>Chanzo (Tangazo la Kisheria)</translation>
        </message>
        <message>
            <source>Source, e.g. Legal Notice 164 of 2024</source>
            <translation>Chanzo, mf. Tangazo la Kisheria 164 la 2024</translation>
        </message>
        <message>
            <source>Add &amp;row</source>
            <translation>Ongeza &amp;safu</translation>
        </message>
        <message>
            <source>&amp;Load the Kenyan table</source>
            <translation>&amp;Pakia jedwali la Kenya</translation>
        </message>
        <message>
            <source>Stipends are not wages: stipend terms take no statutory deductions unless ticked.</source>
            <translation>Posho si mshahara: masharti ya posho hayana makato ya kisheria isipokuwa yamewekewa alama.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Mipangilio imehifadhiwa.</translation>
        </message>
        <message>
            <source>A rule pack version</source>
            <translation>Toleo la kifurushi cha kanuni</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>New version added.</source>
            <translation>Toleo jipya limeongezwa.</translation>
        </message>
        <message>
            <source>Minimum wage added.</source>
            <translation>Kima cha chini cha mshahara kimeongezwa.</translation>
        </message>
        <message>
            <source>Kenyan minimum wages loaded.</source>
            <translation>Kima cha chini cha mishahara cha Kenya kimepakiwa.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Simu</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Hatua</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Alisajiliwa</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Umri</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Mwombaji</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Mwanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>Mhitimu</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>Watu</translation>
        </message>
        <message>
            <source>Not in a cohort</source>
            <translation>Hayuko kwenye kundi</translation>
        </message>
        <message>
            <source>{0}+ people (counting…)</source>
            <translation>Watu {0}+ (inahesabu…)</translation>
        </message>
        <message>
            <source>More than {0} people: type more to narrow the search.</source>
            <translation>Zaidi ya watu {0}: andika zaidi ili kupunguza utafutaji.</translation>
        </message>
        <message>
            <source>Nobody matches.</source>
            <translation>Hakuna anayelingana.</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>Mtu 1</translation>
        </message>
        <message>
            <source>{0} people</source>
            <translation>Watu {0}</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>Haiwezi kufungua rekodi</translation>
        </message>
        <message>
            <source>Export the people shown</source>
            <translation>Hamisha watu walioonyeshwa</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Kitabu cha Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Inahamisha…</translation>
        </message>
        <message>
            <source>Exported {0} people to {1}</source>
            <translation>Watu {0} wamehamishwa kwenda {1}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Kuhamisha kumeshindwa</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Tafuta:</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Ingiza…</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>Mtu &amp;mpya…</translation>
        </message>
        <message>
            <source>&lt;h2&gt;People&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Watu&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Makundi yote</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Jinsia zote</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Hatua zote</translation>
        </message>
        <message>
            <source>Alumni</source>
            <translation>Wahitimu</translation>
        </message>
        <message>
            <source>Any eligibility</source>
            <translation>Ustahiki wowote</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>Waombaji</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Ulemavu</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Hamisha…</translation>
        </message>
        <message>
            <source>Eligibility criterion</source>
            <translation>Kigezo cha ustahiki</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Wanaume</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Haikutajwa</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>Part of a name, or the start of a national ID or phone…</source>
            <translation>Sehemu ya jina, au mwanzo wa kitambulisho au simu…</translation>
        </message>
        <message>
            <source>Part of a name…</source>
            <translation>Sehemu ya jina…</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Tafuta watu</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Hatua</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>Wenye ulemavu</translation>
        </message>
        <message>
            <source>With or without disability</source>
            <translation>Wenye au wasio na ulemavu</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>Wasio na ulemavu</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Wanawake</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Wafanyakazi</translation>
        </message>
    </context>
    <context>
        <name>PeriodListModel</name>
        <message>
            <source>{0} to {1}, pay date {2}</source>
            <translation>{0} hadi {1}, tarehe ya malipo {2}</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Mtu mpya</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Mtu</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Pakia upya</translation>
        </message>
        <message>
            <source>&amp;Details and consent</source>
            <translation>&amp;Taarifa na ridhaa</translation>
        </message>
        <message>
            <source>&amp;Stages</source>
            <translation>&amp;Hatua</translation>
        </message>
        <message>
            <source>&amp;Impact profile</source>
            <translation>&amp;Wasifu wa athari</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Hakuna picha</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Picha</translation>
        </message>
        <message>
            <source>Choose p&amp;hoto…</source>
            <translation>Chagua &amp;picha…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Ondoa picha</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Historia ya hatua</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hadi</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>&amp;Move to stage…</source>
            <translation>&amp;Hamishia hatua…</translation>
        </message>
        <message>
            <source>&lt;h3&gt;New person&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Mtu mpya&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Imehifadhiwa.</translation>
        </message>
        <message>
            <source>Changed by {0} at {1} after you opened it — reload to see the change, then make yours again. Nothing was saved.</source>
            <translation>Imebadilishwa na {0} saa {1} baada ya wewe kuifungua — pakia upya ili kuona badiliko, kisha fanya lako tena. Hakuna kilichohifadhiwa.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Huenda ni nakala</translation>
        </message>
        <message>
            <source>{0} is already registered with the same date of birth. Is this a different person? Save only if you are sure.</source>
            <translation>{0} tayari amesajiliwa na tarehe ile ile ya kuzaliwa. Je, huyu ni mtu tofauti? Hifadhi ikiwa tu una uhakika.</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Chagua picha</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Picha (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>PersonEligibilityDialog</name>
        <message>
            <source>Eligibility at intake</source>
            <translation>Ustahiki wakati wa kujiunga</translation>
        </message>
        <message>
            <source>The record is frozen (the person was hired). Saving keeps it and records this as a new dated entry that supersedes it.</source>
            <translation>Rekodi imefungwa (mtu huyu aliajiriwa). Kuhifadhi huiacha ilivyo na kurekodi hili kama ingizo jipya lenye tarehe linaloichukua nafasi.</translation>
        </message>
        <message>
            <source>&amp;Criterion:</source>
            <translation>&amp;Kigezo:</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kigezo</translation>
        </message>
        <message>
            <source>&amp;Months unemployed:</source>
            <translation>&amp;Miezi bila ajira:</translation>
        </message>
        <message>
            <source>Months unemployed</source>
            <translation>Miezi bila ajira</translation>
        </message>
        <message>
            <source>&amp;Which disadvantage:</source>
            <translation>&amp;Changamoto gani:</translation>
        </message>
        <message>
            <source>Which disadvantage</source>
            <translation>Changamoto gani</translation>
        </message>
        <message>
            <source>Self-declared</source>
            <translation>Amejieleza mwenyewe</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Hati</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Ziara ya nyumbani</translation>
        </message>
        <message>
            <source>Poverty score</source>
            <translation>Alama ya umaskini</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>&amp;Ushahidi:</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Ushahidi</translation>
        </message>
        <message>
            <source>Poverty &amp;score (0–100):</source>
            <translation>Alama ya &amp;umaskini (0–100):</translation>
        </message>
        <message>
            <source>&amp;Verified by:</source>
            <translation>&amp;Imethibitishwa na:</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Imethibitishwa na</translation>
        </message>
        <message>
            <source>Verified &amp;on:</source>
            <translation>Imethibitishwa &amp;tarehe:</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Imethibitishwa tarehe</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Maelezo:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>YYYY-MM-DD or DD/MM/YYYY</source>
            <translation>MMMM-MM-SS au SS/MM/MMMM</translation>
        </message>
        <message>
            <source>e.g. 0712 345 678</source>
            <translation>mf. 0712 345 678</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(hakuna)</translation>
        </message>
        <message>
            <source>&amp;Emergency contact:</source>
            <translation>Mtu wa &amp;dharura:</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>Jina la &amp;kwanza:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Jinsia:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>Jina la &amp;mwisho:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Maelezo:</translation>
        </message>
        <message>
            <source>&amp;Other names:</source>
            <translation>Majina &amp;mengine:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Simu:</translation>
        </message>
        <message>
            <source>&amp;Settlement:</source>
            <translation>&amp;Mtaa:</translation>
        </message>
        <message>
            <source>&amp;Taken by:</source>
            <translation>&amp;Imechukuliwa na:</translation>
        </message>
        <message>
            <source>Birth certificate</source>
            <translation>Cheti cha kuzaliwa</translation>
        </message>
        <message>
            <source>C&amp;ounty:</source>
            <translation>&amp;Kaunti:</translation>
        </message>
        <message>
            <source>Co&amp;hort:</source>
            <translation>K&amp;undi:</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Consent &amp;date:</source>
            <translation>&amp;Tarehe ya ridhaa:</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Tarehe ya ridhaa</translation>
        </message>
        <message>
            <source>Consent taken by</source>
            <translation>Ridhaa imechukuliwa na</translation>
        </message>
        <message>
            <source>Consent to keep this data</source>
            <translation>Ridhaa ya kuhifadhi data hii</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Mawasiliano</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Kaunti</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Tarehe ya &amp;kuzaliwa:</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>Disa&amp;bility:</source>
            <translation>U&amp;lemavu:</translation>
        </message>
        <message>
            <source>Disability (health data)</source>
            <translation>Ulemavu (data ya afya)</translation>
        </message>
        <message>
            <source>Disability notes</source>
            <translation>Maelezo ya ulemavu</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Mtu wa dharura</translation>
        </message>
        <message>
            <source>Emergency p&amp;hone:</source>
            <translation>Simu ya d&amp;harura:</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>Simu ya dharura</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mwanamke</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Jina la kwanza</translation>
        </message>
        <message>
            <source>G&amp;uardian (under 18):</source>
            <translation>M&amp;lezi (chini ya miaka 18):</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jinsia</translation>
        </message>
        <message>
            <source>Guardian cons&amp;ent date:</source>
            <translation>Tarehe ya ridhaa ya m&amp;lezi:</translation>
        </message>
        <message>
            <source>Guardian consent date</source>
            <translation>Tarehe ya ridhaa ya mlezi</translation>
        </message>
        <message>
            <source>Guardian's name</source>
            <translation>Jina la mlezi</translation>
        </message>
        <message>
            <source>Has a disability</source>
            <translation>Ana ulemavu</translation>
        </message>
        <message>
            <source>ID &amp;document:</source>
            <translation>&amp;Hati ya utambulisho:</translation>
        </message>
        <message>
            <source>ID &amp;number:</source>
            <translation>&amp;Nambari ya kitambulisho:</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Hati ya utambulisho</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Nambari ya kitambulisho</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Utambulisho</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Jina la mwisho</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Mwanamume</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Bado hakuna</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Haikutajwa</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Majina mengine</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pasipoti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Simu</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Mtaa</translation>
        </message>
        <message>
            <source>the person has a disability</source>
            <translation>mtu huyu ana ulemavu</translation>
        </message>
    </context>
    <context>
        <name>PersonImpactTab</name>
        <message>
            <source>current</source>
            <translation>ya sasa</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>imechukuliwa nafasi</translation>
        </message>
        <message>
            <source>frozen at hire</source>
            <translation>imefungwa wakati wa kuajiriwa</translation>
        </message>
        <message>
            <source>(hidden)</source>
            <translation>(imefichwa)</translation>
        </message>
        <message>
            <source>No eligibility criterion recorded yet.</source>
            <translation>Bado hakuna kigezo cha ustahiki kilichorekodiwa.</translation>
        </message>
        <message>
            <source>Frozen when the person was hired: a change is recorded as a new dated entry.</source>
            <translation>Imefungwa mtu alipoajiriwa: badiliko hurekodiwa kama ingizo jipya lenye tarehe.</translation>
        </message>
        <message>
            <source>Can be corrected until the person is hired.</source>
            <translation>Inaweza kusahihishwa hadi mtu aajiriwe.</translation>
        </message>
        <message>
            <source>Record a &amp;change…</source>
            <translation>Rekodi &amp;badiliko…</translation>
        </message>
        <message>
            <source>Record &amp;eligibility…</source>
            <translation>Rekodi &amp;ustahiki…</translation>
        </message>
        <message>
            <source>&amp;Add survey…</source>
            <translation>&amp;Ongeza utafiti…</translation>
        </message>
        <message>
            <source>&amp;Change survey…</source>
            <translation>&amp;Badilisha utafiti…</translation>
        </message>
        <message>
            <source>Baseline and follow-up surveys</source>
            <translation>Utafiti wa mwanzo na wa ufuatiliaji</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kigezo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Dependents</source>
            <translation>Wategemezi</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Elimu</translation>
        </message>
        <message>
            <source>Eligibility at intake</source>
            <translation>Ustahiki wakati wa kujiunga</translation>
        </message>
        <message>
            <source>Eligibility records</source>
            <translation>Rekodi za ustahiki</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Ajira</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Ushahidi</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Kaya</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>Mapato ya mwezi</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Imerekodiwa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>Tafiti</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Imethibitishwa na</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Imethibitishwa tarehe</translation>
        </message>
    </context>
    <context>
        <name>PersonStageDialog</name>
        <message>
            <source>Move {0} to a stage</source>
            <translation>Mhamishe {0} kwenye hatua</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Mwombaji</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Mwanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Worker (hired)</source>
            <translation>Mfanyakazi (ameajiriwa)</translation>
        </message>
        <message>
            <source>Alumnus (left)</source>
            <translation>Mhitimu (ameondoka)</translation>
        </message>
        <message>
            <source>&amp;New stage:</source>
            <translation>Hatua &amp;mpya:</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Hatua mpya</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tarehe:</translation>
        </message>
        <message>
            <source>Date of the move</source>
            <translation>Tarehe ya kuhamishwa</translation>
        </message>
        <message>
            <source>e.g. passed the typing test</source>
            <translation>mf. amefaulu mtihani wa uchapaji</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Sababu:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Positive: further study or a better job</source>
            <translation>Chanya: masomo zaidi au kazi bora zaidi</translation>
        </message>
        <message>
            <source>Voluntary: left by their own choice</source>
            <translation>Kwa hiari: aliondoka kwa uamuzi wake</translation>
        </message>
        <message>
            <source>Involuntary: the centre ended it</source>
            <translation>Bila hiari: kituo kilimaliza</translation>
        </message>
        <message>
            <source>How they &amp;left:</source>
            <translation>Jinsi &amp;alivyoondoka:</translation>
        </message>
        <message>
            <source>How they left</source>
            <translation>Jinsi alivyoondoka</translation>
        </message>
        <message>
            <source>Hiring freezes the eligibility record and the baseline survey: later changes are kept as new dated entries.</source>
            <translation>Kuajiriwa hufunga rekodi ya ustahiki na utafiti wa mwanzo: mabadiliko ya baadaye huhifadhiwa kama maingizo mapya yenye tarehe.</translation>
        </message>
    </context>
    <context>
        <name>PersonSurveyDialog</name>
        <message>
            <source>Survey</source>
            <translation>Utafiti</translation>
        </message>
        <message>
            <source>This survey is frozen (the person was hired). Saving keeps it and records a new survey that supersedes it.</source>
            <translation>Utafiti huu umefungwa (mtu huyu aliajiriwa). Kuhifadhi huuacha ulivyo na kurekodi utafiti mpya unaouchukua nafasi.</translation>
        </message>
        <message>
            <source>Baseline (at intake)</source>
            <translation>Mwanzo (wakati wa kujiunga)</translation>
        </message>
        <message>
            <source>Follow-up at 6 months</source>
            <translation>Ufuatiliaji baada ya miezi 6</translation>
        </message>
        <message>
            <source>Follow-up at 12 months</source>
            <translation>Ufuatiliaji baada ya miezi 12</translation>
        </message>
        <message>
            <source>At exit</source>
            <translation>Wakati wa kuondoka</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Aina:</translation>
        </message>
        <message>
            <source>Kind of survey</source>
            <translation>Aina ya utafiti</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tarehe:</translation>
        </message>
        <message>
            <source>Date of the survey</source>
            <translation>Tarehe ya utafiti</translation>
        </message>
        <message>
            <source>&amp;Employment:</source>
            <translation>&amp;Ajira:</translation>
        </message>
        <message>
            <source>Employment status</source>
            <translation>Hali ya ajira</translation>
        </message>
        <message>
            <source>KES a month, e.g. 12,000</source>
            <translation>KES kwa mwezi, mf. 12,000</translation>
        </message>
        <message>
            <source>Monthly &amp;income:</source>
            <translation>&amp;Mapato ya mwezi:</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>Mapato ya mwezi</translation>
        </message>
        <message>
            <source>&amp;Household size:</source>
            <translation>Ukubwa wa &amp;kaya:</translation>
        </message>
        <message>
            <source>Household size</source>
            <translation>Ukubwa wa kaya</translation>
        </message>
        <message>
            <source>Income &amp;dependents:</source>
            <translation>&amp;Wategemezi wa mapato:</translation>
        </message>
        <message>
            <source>Income dependents</source>
            <translation>Wategemezi wa mapato</translation>
        </message>
        <message>
            <source>Ed&amp;ucation:</source>
            <translation>&amp;Elimu:</translation>
        </message>
        <message>
            <source>Education level</source>
            <translation>Kiwango cha elimu</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Maelezo:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>Personal data requests</source>
            <translation>Maombi ya data binafsi</translation>
        </message>
        <message>
            <source>Name, national ID, phone or reference…</source>
            <translation>Jina, kitambulisho, simu au kumbukumbu…</translation>
        </message>
        <message>
            <source>Find the person</source>
            <translation>Mtafute mtu</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>Watu waliopatikana</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Hatua</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>&amp;Export everything…</source>
            <translation>&amp;Hamisha kila kitu…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Sahihisha…</translation>
        </message>
        <message>
            <source>E&amp;rase on request…</source>
            <translation>&amp;Futa kwa ombi…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>A person may see everything the centre holds about them, have it corrected, and ask for it to be erased (Kenya Data Protection Act 2019). Erasing removes names, IDs and contact details; wage, training and audit records stay, unnamed.</source>
            <translation>Mtu anaweza kuona kila kitu ambacho kituo kinacho kumhusu, kukisahihisha, na kuomba kifutwe (Sheria ya Ulinzi wa Data ya Kenya 2019). Kufuta huondoa majina, vitambulisho na mawasiliano; rekodi za mshahara, mafunzo na ukaguzi hubaki, bila jina.</translation>
        </message>
        <message>
            <source> (erased)</source>
            <translation> (imefutwa)</translation>
        </message>
        <message>
            <source>Save the personal data in</source>
            <translation>Hifadhi data binafsi katika</translation>
        </message>
        <message>
            <source>Saved {0} and {1}.</source>
            <translation>{0} na {1} zimehifadhiwa.</translation>
        </message>
        <message>
            <source>Corrected.</source>
            <translation>Imesahihishwa.</translation>
        </message>
        <message>
            <source>Erase this person's data?</source>
            <translation>Futa data ya mtu huyu?</translation>
        </message>
        <message>
            <source>Erase the names, IDs and contact details of {0}? This cannot be undone.</source>
            <translation>Futa majina, vitambulisho na mawasiliano ya {0}? Hili haliwezi kutenduliwa.</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Kwa nini?</translation>
        </message>
        <message>
            <source>Reason (e.g. request by the person, date):</source>
            <translation>Sababu (mf. ombi la mtu huyo, tarehe):</translation>
        </message>
        <message>
            <source>Erased.</source>
            <translation>Imefutwa.</translation>
        </message>
    </context>
    <context>
        <name>ProductivityChart</name>
        <message>
            <source>Units per hour and accuracy over time</source>
            <translation>Vipimo kwa saa na usahihi kwa muda</translation>
        </message>
        <message>
            <source>{0}: {1} periods, {2:.1f} units per hour on average</source>
            <translation>{0}: vipindi {1}, wastani wa vipimo {2:.1f} kwa saa</translation>
        </message>
        <message>
            <source>Choose a worker</source>
            <translation>Chagua mfanyakazi</translation>
        </message>
        <message>
            <source>No work logged</source>
            <translation>Hakuna kazi iliyorekodiwa</translation>
        </message>
        <message>
            <source>— units per hour</source>
            <translation>— vipimo kwa saa</translation>
        </message>
        <message>
            <source>— accuracy %</source>
            <translation>— usahihi %</translation>
        </message>
    </context>
    <context>
        <name>ProductivityView</name>
        <message>
            <source>Month</source>
            <translation>Mwezi</translation>
        </message>
        <message>
            <source>Chart by</source>
            <translation>Chati kwa</translation>
        </message>
        <message>
            <source>by week</source>
            <translation>kwa wiki</translation>
        </message>
        <message>
            <source>by month</source>
            <translation>kwa mwezi</translation>
        </message>
        <message>
            <source>Productivity per worker</source>
            <translation>Tija kwa kila mfanyakazi</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vipimo</translation>
        </message>
        <message>
            <source>Hours logged</source>
            <translation>Saa zilizorekodiwa</translation>
        </message>
        <message>
            <source>Downtime hours</source>
            <translation>Saa za kukatika</translation>
        </message>
        <message>
            <source>Units per hour</source>
            <translation>Vipimo kwa saa</translation>
        </message>
        <message>
            <source>Batches checked</source>
            <translation>Bechi zilizokaguliwa</translation>
        </message>
        <message>
            <source>Accuracy %</source>
            <translation>Usahihi %</translation>
        </message>
        <message>
            <source>Sent to rework</source>
            <translation>Zilizorudishwa kufanywa upya</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Mwezi:</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Chati:</translation>
        </message>
        <message>
            <source>Hours exclude recorded downtime during the worker's shifts; accuracy is the first quality check of the batches the worker was on.</source>
            <translation>Saa haziwajumuishi muda wa kukatika uliorekodiwa wakati wa zamu za mfanyakazi; usahihi ni ukaguzi wa kwanza wa ubora wa bechi alizofanyia kazi.</translation>
        </message>
        <message>
            <source>{0}, six months to {1}</source>
            <translation>{0}, miezi sita hadi {1}</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Cancelling…</source>
            <translation>Inasitisha…</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>Edit project</source>
            <translation>Hariri mradi</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Mradi mpya</translation>
        </message>
        <message>
            <source>e.g. 4.50</source>
            <translation>mf. 4.50</translation>
        </message>
        <message>
            <source>empty: no piece rate</source>
            <translation>tupu: hakuna malipo kwa kipande</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Unaisha tarehe</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Mteja:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;Unit of work:</source>
            <translation>&amp;Kipimo cha kazi:</translation>
        </message>
        <message>
            <source>&amp;Price per unit (client's currency):</source>
            <translation>&amp;Bei kwa kipimo (sarafu ya mteja):</translation>
        </message>
        <message>
            <source>Piece &amp;rate per accepted unit (KES):</source>
            <translation>&amp;Malipo kwa kipimo kilichokubaliwa (KES):</translation>
        </message>
        <message>
            <source>&amp;Accuracy target %:</source>
            <translation>Lengo la &amp;usahihi %:</translation>
        </message>
        <message>
            <source>QA &amp;sample %:</source>
            <translation>&amp;Sampuli ya ukaguzi %:</translation>
        </message>
        <message>
            <source>&amp;Turnaround (days):</source>
            <translation>Muda wa &amp;kukamilisha (siku):</translation>
        </message>
        <message>
            <source>Active &amp;from:</source>
            <translation>Unatumika &amp;kuanzia:</translation>
        </message>
        <message>
            <source>Active t&amp;o:</source>
            <translation>Unatumika &amp;hadi:</translation>
        </message>
    </context>
    <context>
        <name>PunchCorrectionDialog</name>
        <message>
            <source>Add a missed punch</source>
            <translation>Ongeza ingizo lililosahaulika</translation>
        </message>
        <message>
            <source>Replace a punch</source>
            <translation>Badilisha ingizo</translation>
        </message>
        <message>
            <source>Void a punch</source>
            <translation>Batilisha ingizo</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Mtu</translation>
        </message>
        <message>
            <source>Clock-in or clock-out</source>
            <translation>Kuingia au kutoka</translation>
        </message>
        <message>
            <source>Clock-in</source>
            <translation>Kuingia</translation>
        </message>
        <message>
            <source>Clock-out</source>
            <translation>Kutoka</translation>
        </message>
        <message>
            <source>The right time</source>
            <translation>Muda sahihi</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>e.g. forgot to clock out; left at 15:00</source>
            <translation>mf. alisahau kutoka; aliondoka saa 15:00</translation>
        </message>
        <message>
            <source>{0}: {1} at {2}</source>
            <translation>{0}: {1} saa {2}</translation>
        </message>
        <message>
            <source>clock-in</source>
            <translation>kuingia</translation>
        </message>
        <message>
            <source>clock-out</source>
            <translation>kutoka</translation>
        </message>
        <message>
            <source>Punch:</source>
            <translation>Ingizo:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Mtu:</translation>
        </message>
        <message>
            <source>&amp;Punch:</source>
            <translation>&amp;Ingizo:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Saa:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Sababu:</translation>
        </message>
        <message>
            <source>Choose the person.</source>
            <translation>Chagua mtu.</translation>
        </message>
    </context>
    <context>
        <name>PunchModel</name>
        <message>
            <source>replaced by #{0}</source>
            <translation>imebadilishwa na #{0}</translation>
        </message>
        <message>
            <source>voids #{0}</source>
            <translation>inabatilisha #{0}</translation>
        </message>
        <message>
            <source>replaces #{0}</source>
            <translation>inachukua nafasi ya #{0}</translation>
        </message>
        <message>
            <source>added</source>
            <translation>imeongezwa</translation>
        </message>
        <message>
            <source>No longer counts: kept as recorded.</source>
            <translation>Haihesabiwi tena: imehifadhiwa kama ilivyorekodiwa.</translation>
        </message>
        <message>
            <source>Saved after a clock warning: {0}</source>
            <translation>Imehifadhiwa baada ya onyo la saa: {0}</translation>
        </message>
    </context>
    <context>
        <name>PunchesTab</name>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <source>Day before</source>
            <translation>Siku iliyotangulia</translation>
        </message>
        <message>
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <source>Day after</source>
            <translation>Siku inayofuata</translation>
        </message>
        <message>
            <source>Badge number of one person</source>
            <translation>Nambari ya beji ya mtu mmoja</translation>
        </message>
        <message>
            <source>badge: one person's punches</source>
            <translation>beji: maingizo ya mtu mmoja</translation>
        </message>
        <message>
            <source>All their recent punches</source>
            <translation>Maingizo yake yote ya karibuni</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Siku:</translation>
        </message>
        <message>
            <source>Shifts of the day and what happened</source>
            <translation>Zamu za siku na kilichotokea</translation>
        </message>
        <message>
            <source>Punches</source>
            <translation>Kuingia na kutoka</translation>
        </message>
        <message>
            <source>&amp;Add a missed punch…</source>
            <translation>&amp;Ongeza ingizo lililosahaulika…</translation>
        </message>
        <message>
            <source>&amp;Replace…</source>
            <translation>&amp;Badilisha…</translation>
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation>Ba&amp;tilisha…</translation>
        </message>
        <message>
            <source>{0} punch(es), {1} counting; {2} shift(s)</source>
            <translation>Maingizo {0}, {1} yanahesabiwa; zamu {2}</translation>
        </message>
        <message>
            <source>Choose a punch in the list first.</source>
            <translation>Kwanza chagua ingizo kwenye orodha.</translation>
        </message>
        <message>
            <source>That punch was already corrected.</source>
            <translation>Ingizo hilo tayari limesahihishwa.</translation>
        </message>
    </context>
    <context>
        <name>QaCategoryDialog</name>
        <message>
            <source>New error category</source>
            <translation>Aina mpya ya kosa</translation>
        </message>
        <message>
            <source>Rename error category '{0}'</source>
            <translation>Badilisha jina la aina ya kosa '{0}'</translation>
        </message>
        <message>
            <source>e.g. transposed digits</source>
            <translation>mf. tarakimu zilizobadilishana nafasi</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Ma&amp;elezo:</translation>
        </message>
    </context>
    <context>
        <name>QaCheckDialog</name>
        <message>
            <source>Quality check of {0}</source>
            <translation>Ukaguzi wa ubora wa {0}</translation>
        </message>
        <message>
            <source>Check a sample of {0} units ({1} % of {2}, at least the centre's minimum). Target accuracy: {3} %. This will be round {4}{5}.</source>
            <translation>Kagua sampuli ya vipimo {0} ({1} % ya {2}, angalau kiwango cha chini cha kituo). Lengo la usahihi: {3} %. Huu utakuwa mzunguko wa {4}{5}.</translation>
        </message>
        <message>
            <source> (a re-check after rework)</source>
            <translation> (ukaguzi upya baada ya kurudiwa)</translation>
        </message>
        <message>
            <source>Fields/characters &amp;checked:</source>
            <translation>Sehemu/herufi &amp;zilizokaguliwa:</translation>
        </message>
        <message>
            <source>&amp;Errors found:</source>
            <translation>&amp;Makosa yaliyopatikana:</translation>
        </message>
        <message>
            <source>  of which {0}:</source>
            <translation>  kati yake {0}:</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Imekaguliwa &amp;na:</translation>
        </message>
    </context>
    <context>
        <name>QaSettingsView</name>
        <message>
            <source>Quality-check sample</source>
            <translation>Sampuli ya ukaguzi wa ubora</translation>
        </message>
        <message>
            <source> units</source>
            <translation> vipimo</translation>
        </message>
        <message>
            <source>Minimum quality-check sample</source>
            <translation>Sampuli ya chini ya ukaguzi wa ubora</translation>
        </message>
        <message>
            <source>&amp;Save minimum</source>
            <translation>&amp;Hifadhi kiwango cha chini</translation>
        </message>
        <message>
            <source>A quality check proposes the project's sample % of the batch, but at least this many units (the whole batch when it is smaller).</source>
            <translation>Ukaguzi wa ubora hupendekeza asilimia ya sampuli ya mradi kutoka kwenye bechi, lakini angalau vipimo hivi (bechi nzima ikiwa ni ndogo zaidi).</translation>
        </message>
        <message>
            <source>Minimum sample:</source>
            <translation>Sampuli ya chini:</translation>
        </message>
        <message>
            <source>Error categories</source>
            <translation>Aina za makosa</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Anatumika</translation>
        </message>
        <message>
            <source>Used in checks</source>
            <translation>Imetumika kwenye ukaguzi</translation>
        </message>
        <message>
            <source>&amp;New category…</source>
            <translation>Aina &amp;mpya…</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Badilisha &amp;jina…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Zima</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Futa…</translation>
        </message>
        <message>
            <source>A category some quality check counted errors in cannot be deleted: deactivate it and new checks no longer offer it, while past checks keep their counts.</source>
            <translation>Aina ambayo ukaguzi wowote wa ubora ulihesabu makosa ndani yake haiwezi kufutwa: izime na ukaguzi mpya hautaitoa tena, huku ukaguzi wa zamani ukibaki na hesabu zake.</translation>
        </message>
        <message>
            <source>Delete error category</source>
            <translation>Futa aina ya kosa</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
        <message>
            <source>&amp;Reactivate</source>
            <translation>&amp;Washa tena</translation>
        </message>
        <message>
            <source>Used in {0} quality check(s): deactivate it instead</source>
            <translation>Imetumika kwenye ukaguzi {0} wa ubora: badala yake izime</translation>
        </message>
        <message>
            <source>Saved: checks propose at least {0} units.</source>
            <translation>Imehifadhiwa: ukaguzi hupendekeza angalau vipimo {0}.</translation>
        </message>
        <message>
            <source>'{0}' is used in {1} quality check(s), so it cannot be deleted; deactivate it instead and those checks keep their error counts.</source>
            <translation>'{0}' imetumika kwenye ukaguzi {1} wa ubora, kwa hiyo haiwezi kufutwa; badala yake izime na ukaguzi huo utabaki na hesabu zake za makosa.</translation>
        </message>
        <message>
            <source>Delete the error category '{0}'? No quality check has used it.</source>
            <translation>Futa aina ya kosa '{0}'? Hakuna ukaguzi wa ubora ulioitumia.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Ufunguo wako wa kurejesha</translation>
        </message>
        <message>
            <source>Print this recovery key or write it down, and keep it locked away from the PC. It opens the database if the passphrase is forgotten. It is shown only now.</source>
            <translation>Chapisha ufunguo huu wa kurejesha au uuandike, na uuhifadhi mahali palipofungwa mbali na kompyuta. Unafungua hifadhidata kaulisiri ikisahaulika. Unaonyeshwa sasa tu.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Ufunguo wa kurejesha</translation>
        </message>
        <message>
            <source>&amp;Save a printable sheet (PDF)…</source>
            <translation>&amp;Hifadhi karatasi ya kuchapisha (PDF)…</translation>
        </message>
        <message>
            <source>I have &amp;printed or written down the recovery key</source>
            <translation>Nime&amp;chapisha au kuandika ufunguo wa kurejesha</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Hifadhi karatasi ya kurejesha</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {0}. Print it, then delete the file.</source>
            <translation>{0} imehifadhiwa. Ichapishe, kisha ufute faili.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>revoked {0}</source>
            <translation>imebatilishwa {0}</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>ujuzi</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>maendeleo</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Rejesha nakala rudufu</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Nakala rudufu</translation>
        </message>
        <message>
            <source>Made (local time)</source>
            <translation>Ilifanywa (saa za hapa)</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Kwa nini</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukubwa</translation>
        </message>
        <message>
            <source>Choose a backup to see what is in it.</source>
            <translation>Chagua nakala rudufu ili kuona kilichomo.</translation>
        </message>
        <message>
            <source>From a &amp;file…</source>
            <translation>Kutoka &amp;faili…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Rejesha…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Restoring puts a backup in place of the centre's database. The database as it is now is kept as a backup first, so nothing is lost.</source>
            <translation>Kurejesha huweka nakala rudufu mahali pa hifadhidata ya kituo. Hifadhidata ilivyo sasa huhifadhiwa kwanza kama nakala rudufu, kwa hiyo hakuna kinachopotea.</translation>
        </message>
        <message>
            <source>There are no backups in {0} yet.</source>
            <translation>Bado hakuna nakala rudufu katika {0}.</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Chagua faili ya nakala rudufu</translation>
        </message>
        <message>
            <source>ISSP backups (*.sqlite);;All files (*)</source>
            <translation>Nakala rudufu za ISSP (*.sqlite);;Faili zote (*)</translation>
        </message>
        <message>
            <source>Checking {0}…</source>
            <translation>Inakagua {0}…</translation>
        </message>
        <message>
            <source>{0}: sound. {1} people, {2} cohorts, {3} user accounts, {4} audit entries.</source>
            <translation>{0}: iko salama. Watu {1}, makundi {2}, akaunti za watumiaji {3}, maingizo ya ukaguzi {4}.</translation>
        </message>
        <message>
            <source>{0} is damaged and cannot be restored: {1}</source>
            <translation>{0} imeharibika na haiwezi kurejeshwa: {1}</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Rejesha nakala rudufu hii?</translation>
        </message>
        <message>
            <source>Put {0} in place of the centre's database? Everyone will need to sign in again. The database as it is now is kept as a backup.</source>
            <translation>Weka {0} mahali pa hifadhidata ya kituo? Kila mtu atahitaji kuingia tena. Hifadhidata ilivyo sasa huhifadhiwa kama nakala rudufu.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Inarejesha…</translation>
        </message>
    </context>
    <context>
        <name>RollCallModel</name>
        <message>
            <source>Present (P)</source>
            <translation>Yupo (P)</translation>
        </message>
        <message>
            <source>Late (L)</source>
            <translation>Amechelewa (L)</translation>
        </message>
        <message>
            <source>Absent (A)</source>
            <translation>Hayupo (A)</translation>
        </message>
        <message>
            <source>Excused (E)</source>
            <translation>Ameruhusiwa (E)</translation>
        </message>
        <message>
            <source>— not marked —</source>
            <translation>— haijawekwa alama —</translation>
        </message>
        <message>
            <source> (not saved yet)</source>
            <translation> (bado haijahifadhiwa)</translation>
        </message>
    </context>
    <context>
        <name>RollCallTab</name>
        <message>
            <source>Training session</source>
            <translation>Kipindi cha mafunzo</translation>
        </message>
        <message>
            <source>&amp;Session:</source>
            <translation>&amp;Kipindi:</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>Kipindi &amp;kipya…</translation>
        </message>
        <message>
            <source>Keys: P present, L late, A absent, E excused (the cursor moves to the next trainee); Delete clears a mark.</source>
            <translation>Vitufe: P yupo, L amechelewa, A hayupo, E ameruhusiwa (kielekezi huenda kwa mwanafunzi wa mafunzo anayefuata); Delete huondoa alama.</translation>
        </message>
        <message>
            <source>Roll-call: trainees and their marks</source>
            <translation>Mahudhurio: wanafunzi wa mafunzo na alama zao</translation>
        </message>
        <message>
            <source>Mark the &amp;rest present</source>
            <translation>Waliobaki weka &amp;wapo</translation>
        </message>
        <message>
            <source>&amp;Save roll-call</source>
            <translation>&amp;Hifadhi mahudhurio</translation>
        </message>
        <message>
            <source>{0} — {1} ({2} h) — {3} marked</source>
            <translation>{0} — {1} (saa {2}) — {3} wamewekwa alama</translation>
        </message>
        <message>
            <source>no topic</source>
            <translation>hakuna mada</translation>
        </message>
        <message>
            <source>No sessions yet: create one with New session.</source>
            <translation>Bado hakuna vipindi: unda kimoja kwa Kipindi kipya.</translation>
        </message>
        <message>
            <source>Present {0}, late {1}, absent {2}, excused {3}; not marked {4}</source>
            <translation>Wapo {0}, wamechelewa {1}, hawapo {2}, wameruhusiwa {3}; hawajawekwa alama {4}</translation>
        </message>
        <message numerus="yes">
            <source>Mark every trainee first: %n not marked yet (or use Mark the rest present).</source>
            <translation>
                <numerusform>Kwanza weka alama kwa kila mwanafunzi wa mafunzo: %n bado hajawekwa alama (au tumia Waliobaki weka wapo).</numerusform>
                <numerusform>Kwanza weka alama kwa kila mwanafunzi wa mafunzo: %n bado hawajawekwa alama (au tumia Waliobaki weka wapo).</numerusform>
            </translation>
        </message>
        <message>
            <source>Roll-call saved for {0}: {1} marked.</source>
            <translation>Mahudhurio yamehifadhiwa kwa {0}: {1} wamewekwa alama.</translation>
        </message>
    </context>
    <context>
        <name>RosterAssignDialog</name>
        <message>
            <source>Assign a shift to a team</source>
            <translation>Panga zamu kwa timu</translation>
        </message>
        <message>
            <source>Cohort or all workers</source>
            <translation>Kundi au wafanyakazi wote</translation>
        </message>
        <message>
            <source>All workers</source>
            <translation>Wafanyakazi wote</translation>
        </message>
        <message>
            <source>Shift template</source>
            <translation>Kiolezo cha zamu</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Timu:</translation>
        </message>
        <message>
            <source>&amp;Shift:</source>
            <translation>&amp;Zamu:</translation>
        </message>
        <message>
            <source>Days:</source>
            <translation>Siku:</translation>
        </message>
        <message>
            <source>Choose at least one day.</source>
            <translation>Chagua angalau siku moja.</translation>
        </message>
        <message>
            <source>There is no active shift template.</source>
            <translation>Hakuna kiolezo cha zamu kinachotumika.</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <source>Downtime</source>
            <translation>Kukatika</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Likizo</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Ratiba ya zamu</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Kanuni</translation>
        </message>
        <message>
            <source>Shift templates</source>
            <translation>Violezo vya zamu</translation>
        </message>
    </context>
    <context>
        <name>RosterRepeatDialog</name>
        <message>
            <source>Repeat this week</source>
            <translation>Rudia wiki hii</translation>
        </message>
        <message>
            <source>Number of weeks</source>
            <translation>Idadi ya wiki</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Sababu ya kupuuza kanuni</translation>
        </message>
        <message>
            <source>only if rest or weekly hours conflict</source>
            <translation>ikiwa tu mapumziko au saa za wiki zinagongana</translation>
        </message>
        <message>
            <source>Copy the saved shifts of the week of {0} into the weeks after it.</source>
            <translation>Nakili zamu zilizohifadhiwa za wiki ya {0} kwenye wiki zinazofuata.</translation>
        </message>
        <message>
            <source>&amp;Weeks:</source>
            <translation>&amp;Wiki:</translation>
        </message>
        <message>
            <source>Override &amp;reason:</source>
            <translation>Sababu ya &amp;kupuuza:</translation>
        </message>
    </context>
    <context>
        <name>RosterWeekModel</name>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Saa</translation>
        </message>
        <message>
            <source>Leave ({0})</source>
            <translation>Likizo ({0})</translation>
        </message>
        <message>
            <source>Conflict: cannot be saved</source>
            <translation>Mgongano: haiwezi kuhifadhiwa</translation>
        </message>
        <message>
            <source>Warning: check before saving</source>
            <translation>Onyo: kagua kabla ya kuhifadhi</translation>
        </message>
        <message>
            <source>Override: {0}</source>
            <translation>Kupuuza kanuni: {0}</translation>
        </message>
        <message>
            <source>On {0} leave</source>
            <translation>Yuko likizo ya {0}</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Bado haijahifadhiwa</translation>
        </message>
    </context>
    <context>
        <name>RosterWeekTab</name>
        <message>
            <source>Roster: people by day of the week</source>
            <translation>Ratiba ya zamu: watu kwa siku ya wiki</translation>
        </message>
        <message>
            <source>Conflicts found</source>
            <translation>Migongano iliyopatikana</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Sababu ya kupuuza kanuni</translation>
        </message>
        <message>
            <source>Why these soft conflicts are accepted</source>
            <translation>Kwa nini migongano hii midogo inakubaliwa</translation>
        </message>
        <message>
            <source>Override &amp;reason:</source>
            <translation>Sababu ya &amp;kupuuza:</translation>
        </message>
        <message>
            <source>Any day of the week to show</source>
            <translation>Siku yoyote ya wiki ya kuonyesha</translation>
        </message>
        <message>
            <source>Cohort filter</source>
            <translation>Kichujio cha kundi</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Makundi yote</translation>
        </message>
        <message>
            <source>Stage filter</source>
            <translation>Kichujio cha hatua</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Wafanyakazi</translation>
        </message>
        <message>
            <source>Only people with shifts</source>
            <translation>Watu wenye zamu tu</translation>
        </message>
        <message>
            <source>Name or national ID</source>
            <translation>Jina au kitambulisho</translation>
        </message>
        <message>
            <source>Search by name</source>
            <translation>Tafuta kwa jina</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ Ili&amp;yotangulia</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>Inayo&amp;fuata ▶</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>&amp;Wiki hii</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>&amp;Panga</translation>
        </message>
        <message>
            <source>&amp;Unassign</source>
            <translation>&amp;Ondoa</translation>
        </message>
        <message>
            <source>N&amp;ote…</source>
            <translation>Ma&amp;elezo…</translation>
        </message>
        <message>
            <source>&amp;Copy last week</source>
            <translation>&amp;Nakili wiki iliyopita</translation>
        </message>
        <message>
            <source>Assign to &amp;team…</source>
            <translation>Panga kwa &amp;timu…</translation>
        </message>
        <message>
            <source>&amp;Repeat…</source>
            <translation>&amp;Rudia…</translation>
        </message>
        <message>
            <source>S&amp;wap…</source>
            <translation>Bad&amp;ilishana…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Kagua</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Hifadhi</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Tupilia mbali</translation>
        </message>
        <message>
            <source>&amp;Print PDF…</source>
            <translation>&amp;Chapisha PDF…</translation>
        </message>
        <message>
            <source>E&amp;xport XLSX…</source>
            <translation>&amp;Hamisha XLSX…</translation>
        </message>
        <message numerus="yes">
            <source>Save or discard the %n staged change(s) first.</source>
            <translation>
                <numerusform>Kwanza hifadhi au tupilia mbali badiliko %n lililoandaliwa.</numerusform>
                <numerusform>Kwanza hifadhi au tupilia mbali mabadiliko %n yaliyoandaliwa.</numerusform>
            </translation>
        </message>
        <message>
            <source> · payroll closed through {0}</source>
            <translation> · mishahara imefungwa hadi {0}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Week of {0} to {1}&lt;/b&gt; · {2} people · {3} shifts · times in {4}{5}</source>
            <translation>&lt;b&gt;Wiki ya {0} hadi {1}&lt;/b&gt; · watu {2} · zamu {3} · saa za {4}{5}</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) set to {0}.</source>
            <translation>
                <numerusform>Kisanduku %n kimewekwa {0}.</numerusform>
                <numerusform>Visanduku %n vimewekwa {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) emptied.</source>
            <translation>
                <numerusform>Kisanduku %n kimeachwa tupu.</numerusform>
                <numerusform>Visanduku %n vimeachwa tupu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not saved yet.</source>
            <translation>
                <numerusform>Badiliko %n bado halijahifadhiwa.</numerusform>
                <numerusform>Mabadiliko %n bado hayajahifadhiwa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Assign {0} ({1})</source>
            <translation>Panga {0} ({1})</translation>
        </message>
        <message>
            <source>Unassign</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Maelezo…</translation>
        </message>
        <message>
            <source>Swap…</source>
            <translation>Badilishana…</translation>
        </message>
        <message>
            <source>Choose a cell with a shift to write a note on.</source>
            <translation>Chagua kisanduku chenye zamu ili kuandika maelezo.</translation>
        </message>
        <message>
            <source>Note staged.</source>
            <translation>Maelezo yameandaliwa.</translation>
        </message>
        <message>
            <source>Last week has no shifts for the people shown.</source>
            <translation>Wiki iliyopita haina zamu kwa watu walioonyeshwa.</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n shift(s) from last week.</source>
            <translation>
                <numerusform>Zamu %n imenakiliwa kutoka wiki iliyopita.</numerusform>
                <numerusform>Zamu %n zimenakiliwa kutoka wiki iliyopita.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n hidden by the filter left out)</source>
            <translation>
                <numerusform> (%n aliyefichwa na kichujio ameachwa)</numerusform>
                <numerusform> (%n waliofichwa na kichujio wameachwa)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} for %n worker(s){1}:</source>
            <translation>
                <numerusform>{0} kwa mfanyakazi %n{1}:</numerusform>
                <numerusform>{0} kwa wafanyakazi %n{1}:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s).</source>
            <translation>
                <numerusform>Kisanduku %n.</numerusform>
                <numerusform>Visanduku %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to check: no staged changes.</source>
            <translation>Hakuna cha kukagua: hakuna mabadiliko yaliyoandaliwa.</translation>
        </message>
        <message numerus="yes">
            <source>No conflicts: the %n change(s) can be saved.</source>
            <translation>
                <numerusform>Hakuna migongano: badiliko %n linaweza kuhifadhiwa.</numerusform>
                <numerusform>Hakuna migongano: mabadiliko %n yanaweza kuhifadhiwa.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save.</source>
            <translation>Hakuna cha kuhifadhi.</translation>
        </message>
        <message>
            <source>Saved: {0} added, {1} changed, {2} removed.</source>
            <translation>Imehifadhiwa: {0} zimeongezwa, {1} zimebadilishwa, {2} zimeondolewa.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n conflict(s) block the save. Change the red cells.</source>
            <translation>
                <numerusform>Haijahifadhiwa: mgongano %n unazuia kuhifadhi. Badilisha visanduku vyekundu.</numerusform>
                <numerusform>Haijahifadhiwa: migongano %n inazuia kuhifadhi. Badilisha visanduku vyekundu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n soft conflict(s): give an override reason and save again, or change the cells.</source>
            <translation>
                <numerusform>Mgongano mdogo %n: toa sababu ya kupuuza kanuni kisha uhifadhi tena, au badilisha visanduku.</numerusform>
                <numerusform>Migongano midogo %n: toa sababu ya kupuuza kanuni kisha uhifadhi tena, au badilisha visanduku.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staged changes discarded.</source>
            <translation>Mabadiliko yaliyoandaliwa yametupiliwa mbali.</translation>
        </message>
        <message>
            <source>Save or discard the staged changes before repeating the week.</source>
            <translation>Hifadhi au tupilia mbali mabadiliko yaliyoandaliwa kabla ya kurudia wiki.</translation>
        </message>
        <message numerus="yes">
            <source>Repeated for %n week(s): {0} shifts added.</source>
            <translation>
                <numerusform>Imerudiwa kwa wiki %n: zamu {0} zimeongezwa.</numerusform>
                <numerusform>Imerudiwa kwa wiki %n: zamu {0} zimeongezwa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save or discard the staged changes before a swap.</source>
            <translation>Hifadhi au tupilia mbali mabadiliko yaliyoandaliwa kabla ya kubadilishana.</translation>
        </message>
        <message>
            <source>Choose a cell with a saved shift to swap.</source>
            <translation>Chagua kisanduku chenye zamu iliyohifadhiwa ili kubadilishana.</translation>
        </message>
        <message>
            <source>Swapped: {0} and {1}, approved by {2}.</source>
            <translation>Wamebadilishana: {0} na {1}, imeidhinishwa na {2}.</translation>
        </message>
        <message>
            <source>Save the roster</source>
            <translation>Hifadhi ratiba ya zamu</translation>
        </message>
        <message>
            <source>Wrote {0}.</source>
            <translation>Imeandika {0}.</translation>
        </message>
    </context>
    <context>
        <name>RulesTab</name>
        <message>
            <source>Roster and attendance rules</source>
            <translation>Kanuni za ratiba na mahudhurio</translation>
        </message>
        <message>
            <source>Payroll closed through:</source>
            <translation>Mishahara imefungwa hadi:</translation>
        </message>
        <message>
            <source>&amp;Save rules</source>
            <translation>&amp;Hifadhi kanuni</translation>
        </message>
        <message>
            <source>Kenyan defaults: 8 h rest, 52 h a week, 60 h for night workers. Rest and weekly hours are soft rules: a save above them needs an override reason. Overlaps, shifts of 0 or more than 16 h and shifts in a closed payroll period are never saved.</source>
            <translation>Viwango vya Kenya: saa 8 za mapumziko, saa 52 kwa wiki, saa 60 kwa wafanyakazi wa usiku. Mapumziko na saa za wiki ni kanuni laini: kuhifadhi zaidi yake kunahitaji sababu ya kupuuza kanuni. Zamu zinazogongana, zamu za saa 0 au zaidi ya 16 na zamu katika kipindi cha mishahara kilichofungwa hazihifadhiwi kamwe.</translation>
        </message>
        <message>
            <source>no period closed yet</source>
            <translation>bado hakuna kipindi kilichofungwa</translation>
        </message>
        <message>
            <source>Rules saved.</source>
            <translation>Kanuni zimehifadhiwa.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Hifadhi</translation>
        </message>
        <message>
            <source>Only a manager can change these settings.</source>
            <translation>Ni meneja pekee anayeweza kubadilisha mipangilio hii.</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Kituo</translation>
        </message>
        <message>
            <source>Data safety</source>
            <translation>Usalama wa data</translation>
        </message>
        <message>
            <source> min</source>
            <translation> dak</translation>
        </message>
        <message>
            <source>never</source>
            <translation>kamwe</translation>
        </message>
        <message>
            <source>off</source>
            <translation>imezimwa</translation>
        </message>
        <message>
            <source>e.g. a USB stick; empty = no copy</source>
            <translation>mf. flash ya USB; tupu = hakuna nakala</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Vinjari…</translation>
        </message>
        <message>
            <source> months</source>
            <translation> miezi</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>hifadhi</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Funga baada ya dakika bila matumizi</translation>
        </message>
        <message>
            <source>Automatic backup every minutes</source>
            <translation>Nakala rudufu ya kiotomatiki kila dakika</translation>
        </message>
        <message>
            <source>Copy backups to folder</source>
            <translation>Nakili nakala rudufu kwenye folda</translation>
        </message>
        <message>
            <source>Keep alumni data months</source>
            <translation>Hifadhi data ya wahitimu kwa miezi</translation>
        </message>
        <message>
            <source>Save data &amp;safety</source>
            <translation>Hifadhi &amp;usalama wa data</translation>
        </message>
        <message>
            <source>&amp;Lock the screen after no input for:</source>
            <translation>&amp;Funga skrini baada ya kukaa bila matumizi kwa:</translation>
        </message>
        <message>
            <source>Automatic &amp;backup (when something changed) every:</source>
            <translation>Nakala rudufu ya &amp;kiotomatiki (kitu kikibadilika) kila:</translation>
        </message>
        <message>
            <source>&amp;Copy each backup to:</source>
            <translation>&amp;Nakili kila nakala rudufu kwenda:</translation>
        </message>
        <message>
            <source>Pseudonymise &amp;alumni's personal data after:</source>
            <translation>Ficha majina katika data binafsi ya &amp;wahitimu baada ya:</translation>
        </message>
        <message>
            <source>&amp;Encrypt the database…</source>
            <translation>&amp;Simba hifadhidata…</translation>
        </message>
        <message>
            <source>Change the &amp;passphrase…</source>
            <translation>Badilisha &amp;kaulisiri…</translation>
        </message>
        <message>
            <source>New &amp;recovery key…</source>
            <translation>Ufunguo &amp;mpya wa kurejesha…</translation>
        </message>
        <message>
            <source>Encryption at rest:</source>
            <translation>Usimbaji wa data iliyohifadhiwa:</translation>
        </message>
        <message>
            <source>This PC</source>
            <translation>Kompyuta hii</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Inafungua hifadhidata…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Imehifadhiwa.</translation>
        </message>
        <message>
            <source>On. The data is unreadable without the passphrase or the recovery key (key {0}).</source>
            <translation>Umewashwa. Data haiwezi kusomwa bila kaulisiri au ufunguo wa kurejesha (ufunguo {0}).</translation>
        </message>
        <message>
            <source>Managed on the database server.</source>
            <translation>Unasimamiwa kwenye seva ya hifadhidata.</translation>
        </message>
        <message>
            <source>Off. Anyone who takes this PC or a backup stick can read the data.</source>
            <translation>Umezimwa. Yeyote atakayechukua kompyuta hii au flash ya nakala rudufu anaweza kusoma data.</translation>
        </message>
        <message>
            <source>Not available on this PC (SQLCipher is missing); the data is not encrypted.</source>
            <translation>Haupatikani kwenye kompyuta hii (SQLCipher haipo); data haijasimbwa.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Kaulisiri mpya</translation>
        </message>
        <message>
            <source>New database passphrase (at least 10 characters; a short sentence is good):</source>
            <translation>Kaulisiri mpya ya hifadhidata (angalau herufi 10; sentensi fupi ni nzuri):</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Irudie:</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Kaulisiri mbili hazifanani.</translation>
        </message>
        <message>
            <source>Encrypting the database…</source>
            <translation>Inasimba hifadhidata…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Badilisha kaulisiri</translation>
        </message>
        <message>
            <source>Current passphrase (or the recovery key):</source>
            <translation>Kaulisiri ya sasa (au ufunguo wa kurejesha):</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Inabadilisha kaulisiri…</translation>
        </message>
        <message>
            <source>The passphrase is changed.</source>
            <translation>Kaulisiri imebadilishwa.</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Ufunguo mpya wa kurejesha</translation>
        </message>
        <message>
            <source>Passphrase (the old recovery key stops working for this database):</source>
            <translation>Kaulisiri (ufunguo wa zamani wa kurejesha utaacha kufanya kazi kwa hifadhidata hii):</translation>
        </message>
        <message>
            <source>Making a new key…</source>
            <translation>Inatengeneza ufunguo mpya…</translation>
        </message>
        <message>
            <source>Copy backups to</source>
            <translation>Nakili nakala rudufu kwenda</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Note on a shift</source>
            <translation>Maelezo kuhusu zamu</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Maelezo:</translation>
        </message>
    </context>
    <context>
        <name>ShiftTemplateDialog</name>
        <message>
            <source>New shift template</source>
            <translation>Kiolezo kipya cha zamu</translation>
        </message>
        <message>
            <source>Change shift template</source>
            <translation>Badilisha kiolezo cha zamu</translation>
        </message>
        <message>
            <source>Night shift (night-worker weekly maximum)</source>
            <translation>Zamu ya usiku (kiwango cha juu cha wiki kwa wafanyakazi wa usiku)</translation>
        </message>
        <message>
            <source>Active (offered on the grid)</source>
            <translation>Kinatumika (kinaonyeshwa kwenye jedwali)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Msimbo:</translation>
        </message>
        <message>
            <source>Code typed on the grid</source>
            <translation>Msimbo unaoandikwa kwenye jedwali</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Mwanzo:</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Saa ya kuanza</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Urefu:</translation>
        </message>
        <message>
            <source>Length in hours</source>
            <translation>Urefu kwa saa</translation>
        </message>
        <message>
            <source>&amp;Break:</source>
            <translation>&amp;Mapumziko:</translation>
        </message>
        <message>
            <source>Break in minutes</source>
            <translation>Mapumziko kwa dakika</translation>
        </message>
        <message>
            <source>Night shift</source>
            <translation>Zamu ya usiku</translation>
        </message>
        <message>
            <source>C&amp;olour:</source>
            <translation>&amp;Rangi:</translation>
        </message>
        <message>
            <source>Colour as #RRGGBB</source>
            <translation>Rangi kama #RRGGBB</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Anatumika</translation>
        </message>
    </context>
    <context>
        <name>StipendModel</name>
        <message>
            <source>Transport</source>
            <translation>Usafiri</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Chakula</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
    </context>
    <context>
        <name>StipendTab</name>
        <message>
            <source>Stipends recorded</source>
            <translation>Posho zilizorekodiwa</translation>
        </message>
        <message>
            <source>Record a stipend</source>
            <translation>Rekodi posho</translation>
        </message>
        <message>
            <source>e.g. 500 or 1,200.50</source>
            <translation>mf. 500 au 1,200.50</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Usafiri</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Chakula</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Rekodi</translation>
        </message>
        <message>
            <source>&amp;Trainee:</source>
            <translation>&amp;Mwanafunzi wa mafunzo:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tarehe:</translation>
        </message>
        <message>
            <source>&amp;Amount (KES):</source>
            <translation>&amp;Kiasi (KES):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Aina:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Maelezo:</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Mwanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Amount in shillings</source>
            <translation>Kiasi kwa shilingi</translation>
        </message>
        <message>
            <source>Kind of stipend</source>
            <translation>Aina ya posho</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message numerus="yes">
            <source>%n stipend(s), total KES {0}</source>
            <translation>
                <numerusform>Posho %n, jumla KES {0}</numerusform>
                <numerusform>Posho %n, jumla KES {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every current trainee (%n)</source>
            <translation>
                <numerusform>Kila mwanafunzi wa mafunzo wa sasa (%n)</numerusform>
                <numerusform>Kila mwanafunzi wa mafunzo wa sasa (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>This cohort has nobody in training now.</source>
            <translation>Kundi hili halina mtu yeyote kwenye mafunzo sasa.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded %n stipend(s).</source>
            <translation>
                <numerusform>Posho %n imerekodiwa.</numerusform>
                <numerusform>Posho %n zimerekodiwa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was recorded: {0}: {1}</source>
            <translation>Hakuna kilichorekodiwa: {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>SummaryTab</name>
        <message>
            <source>Month</source>
            <translation>Mwezi</translation>
        </message>
        <message>
            <source>Attendance summary per worker</source>
            <translation>Muhtasari wa mahudhurio kwa kila mfanyakazi</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Hamisha…</translation>
        </message>
        <message>
            <source>Hours with two decimals. A shift counts in the month of the day it starts. Overtime is time after the planned end (before the start too when approved); on a public holiday or the weekly rest day worked, every hour is rest-day overtime. Unplanned hours count once a shift is planned for them.</source>
            <translation>Saa zenye desimali mbili. Zamu huhesabiwa katika mwezi wa siku inayoanza. Muda wa ziada ni muda baada ya mwisho uliopangwa (na kabla ya mwanzo ukiidhinishwa); siku ya sikukuu ya umma au ya mapumziko ya wiki iliyofanyiwa kazi, kila saa ni muda wa ziada wa siku ya mapumziko. Saa zisizopangwa huhesabiwa zamu ikishapangwa kwa ajili yake.</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Mwezi:</translation>
        </message>
        <message>
            <source>No shifts, punches or leave from {0} to {1}.</source>
            <translation>Hakuna zamu, maingizo wala likizo kuanzia {0} hadi {1}.</translation>
        </message>
        <message>
            <source>Export the attendance summary</source>
            <translation>Hamisha muhtasari wa mahudhurio</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Kitabu cha Excel (*.xlsx);;Faili ya CSV (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {0} people to {1}</source>
            <translation>Watu {0} wameandikwa kwenye {1}</translation>
        </message>
    </context>
    <context>
        <name>SupervisorSignDialog</name>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Jina la &amp;mtumiaji:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
    </context>
    <context>
        <name>SwapDialog</name>
        <message>
            <source>Swap a shift</source>
            <translation>Badilishana zamu</translation>
        </message>
        <message>
            <source>Swap with</source>
            <translation>Badilishana na</translation>
        </message>
        <message>
            <source>Their shift in exchange</source>
            <translation>Zamu yake kwa kubadilishana</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Imeidhinishwa na</translation>
        </message>
        <message>
            <source>Reason for the swap</source>
            <translation>Sababu ya kubadilishana</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Sababu ya kupuuza kanuni</translation>
        </message>
        <message>
            <source>only if rest or weekly hours conflict</source>
            <translation>ikiwa tu mapumziko au saa za wiki zinagongana</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>Swap &amp;with:</source>
            <translation>Badilishana &amp;na:</translation>
        </message>
        <message>
            <source>&amp;Their shift:</source>
            <translation>&amp;Zamu yake:</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Imeidhinishwa na:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Sababu:</translation>
        </message>
        <message>
            <source>&amp;Override reason:</source>
            <translation>Sababu ya &amp;kupuuza kanuni:</translation>
        </message>
        <message>
            <source>Nothing: a hand-over</source>
            <translation>Hakuna: ni kukabidhi</translation>
        </message>
        <message>
            <source>There is nobody to swap with.</source>
            <translation>Hakuna mtu wa kubadilishana naye.</translation>
        </message>
        <message>
            <source>The swap breaks a rule and cannot be saved:</source>
            <translation>Kubadilishana huku kunavunja kanuni na hakuwezi kuhifadhiwa:</translation>
        </message>
        <message>
            <source>Give an override reason to accept:</source>
            <translation>Toa sababu ya kupuuza kanuni ili kukubali:</translation>
        </message>
    </context>
    <context>
        <name>TemplateModel</name>
        <message>
            <source>night</source>
            <translation>usiku</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
    </context>
    <context>
        <name>TemplatesTab</name>
        <message>
            <source>Type a template's code on the week grid to plan that shift. A deactivated template stays on the shifts already planned with it.</source>
            <translation>Andika msimbo wa kiolezo kwenye jedwali la wiki ili kupanga zamu hiyo. Kiolezo kilichozimwa hubaki kwenye zamu zilizokwisha pangwa nacho.</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>Kiolezo &amp;kipya…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Hariri…</translation>
        </message>
        <message>
            <source>&amp;Deactivate / activate</source>
            <translation>&amp;Zima / washa</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} imehifadhiwa.</translation>
        </message>
        <message>
            <source>{0} is now {1}.</source>
            <translation>{0} sasa ni {1}.</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>kimezimwa</translation>
        </message>
        <message>
            <source>active</source>
            <translation>kinatumika</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>yes</source>
            <translation>ndiyo</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hapana</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>Mafunzo</translation>
        </message>
        <message>
            <source>Cohorts with their progress</source>
            <translation>Makundi na maendeleo yao</translation>
        </message>
        <message>
            <source>&amp;New cohort…</source>
            <translation>Kundi &amp;jipya…</translation>
        </message>
        <message>
            <source>&amp;Edit cohort…</source>
            <translation>&amp;Hariri kundi…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Onyesha &amp;upya</translation>
        </message>
        <message>
            <source>Refresh the cohorts</source>
            <translation>Onyesha makundi upya</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Training&lt;/h2&gt;Cohorts, newest first, with how their trainees are doing.</source>
            <translation>&lt;h2&gt;Mafunzo&lt;/h2&gt;Makundi, la karibuni kwanza, na jinsi wanafunzi wao wa mafunzo wanavyoendelea.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Mabadiliko ambayo hayajahifadhiwa</translation>
        </message>
        <message numerus="yes">
            <source>%n typed result(s) or mark(s) of {0} are not saved. Drop them?</source>
            <translation>
                <numerusform>Tokeo au alama %n ya {0} iliyoandikwa haijahifadhiwa. Iachwe?</numerusform>
                <numerusform>Matokeo au alama %n za {0} zilizoandikwa hazijahifadhiwa. Ziachwe?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingSessionDialog</name>
        <message>
            <source>New training session — {0}</source>
            <translation>Kipindi kipya cha mafunzo — {0}</translation>
        </message>
        <message>
            <source> min</source>
            <translation> dak</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(hakuna)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tarehe:</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Urefu:</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>&amp;Moduli:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Mada:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Urefu kwa dakika</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Moduli</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Mada</translation>
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>Not available yet in this version.</source>
            <translation>Bado haipatikani katika toleo hili.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Set a temporary password</source>
            <translation>Weka nenosiri la muda</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Ongeza mtumiaji</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Jina la &amp;mtumiaji:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Nafasi:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Nenosiri:</translation>
        </message>
        <message>
            <source>R&amp;epeat password:</source>
            <translation>R&amp;udia nenosiri:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Nafasi</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Nenosiri</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Rudia nenosiri</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>Watumiaji</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>Akaunti za watumiaji</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ongeza mtumiaji…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Badilisha &amp;nafasi…</translation>
        </message>
        <message>
            <source>&amp;Temporary password…</source>
            <translation>Nenosiri la &amp;muda…</translation>
        </message>
        <message>
            <source>Switch o&amp;ff</source>
            <translation>&amp;Zima akaunti</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Fungua</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Users&lt;/h2&gt;Each member of staff signs in with their own account. The role decides what they see and may change.</source>
            <translation>&lt;h2&gt;Watumiaji&lt;/h2&gt;Kila mfanyakazi wa ofisi huingia kwa akaunti yake mwenyewe. Nafasi yake huamua anachoona na anachoweza kubadilisha.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>kinatumika</translation>
        </message>
        <message>
            <source>switched off</source>
            <translation>imezimwa</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>imefungwa</translation>
        </message>
        <message>
            <source>, must change password</source>
            <translation>, lazima abadilishe nenosiri</translation>
        </message>
        <message>
            <source>Switch o&amp;n</source>
            <translation>&amp;Washa akaunti</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>{0} ameongezwa.</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Badilisha nafasi</translation>
        </message>
        <message>
            <source>Role for {0}:</source>
            <translation>Nafasi ya {0}:</translation>
        </message>
        <message>
            <source>{0} is now {1}.</source>
            <translation>{0} sasa ni {1}.</translation>
        </message>
        <message>
            <source>{0} must choose a new password at next sign-in.</source>
            <translation>{0} lazima achague nenosiri jipya atakapoingia tena.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Imehifadhiwa.</translation>
        </message>
        <message>
            <source>{0} is unlocked.</source>
            <translation>{0} amefunguliwa.</translation>
        </message>
    </context>
    <context>
        <name>VerifyTab</name>
        <message>
            <source>Scan the certificate's QR code into the box (or paste its text), or type the short code printed under it, then press Enter.</source>
            <translation>Skani msimbo wa QR wa cheti kwenye kisanduku (au bandika maandishi yake), au andika msimbo mfupi uliochapishwa chini yake, kisha bonyeza Enter.</translation>
        </message>
        <message>
            <source>QR text or short code</source>
            <translation>Maandishi ya QR au msimbo mfupi</translation>
        </message>
        <message>
            <source>e.g. 7KQ2-M9XD-4HTR, or scan the QR code</source>
            <translation>mf. 7KQ2-M9XD-4HTR, au skani msimbo wa QR</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Kagua</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>What the certificate says (signed)</source>
            <translation>Kile cheti kinachosema (kimesainiwa)</translation>
        </message>
        <message>
            <source>GENUINE</source>
            <translation>HALALI</translation>
        </message>
        <message>
            <source>NOT GENUINE</source>
            <translation>SI HALALI</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>KIMEBATILISHWA</translation>
        </message>
        <message>
            <source>NOT FOUND</source>
            <translation>HAKIKUPATIKANA</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Mtu</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Cheti</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Nambari ya mfululizo</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>Msimbo mfupi</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Kilitolewa tarehe</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Kilitolewa na</translation>
        </message>
        <message>
            <source>unknown centre ({0})</source>
            <translation>kituo kisichojulikana ({0})</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programu</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Modules passed</source>
            <translation>Moduli alizofaulu</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Mahudhurio</translation>
        </message>
        <message>
            <source>Hours of training</source>
            <translation>Saa za mafunzo</translation>
        </message>
        <message>
            <source>Evidence at work</source>
            <translation>Ushahidi kazini</translation>
        </message>
        <message>
            <source>Could not check</source>
            <translation>Imeshindwa kukagua</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>&amp;Grace before a clock-in is late:</source>
            <translation>&amp;Muda wa neema kabla ya kuingia kuhesabiwa kuchelewa:</translation>
        </message>
        <message>
            <source>&amp;Weekly maximum:</source>
            <translation>Kiwango cha juu cha &amp;wiki:</translation>
        </message>
        <message>
            <source>12 months</source>
            <translation>Miezi 12</translation>
        </message>
        <message>
            <source>6 months</source>
            <translation>Miezi 6</translation>
        </message>
        <message>
            <source>Absences</source>
            <translation>Kutokuwepo</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Imekubaliwa</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Anatumika</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Baada</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>Mhitimu</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kiasi</translation>
        </message>
        <message>
            <source>Amount (KES)</source>
            <translation>Kiasi (KES)</translation>
        </message>
        <message>
            <source>Amount a month</source>
            <translation>Kiasi kwa mwezi</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Mwombaji</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Kinahusu</translation>
        </message>
        <message>
            <source>Ask to &amp;confirm a clock event further than:</source>
            <translation>Omba &amp;uthibitisho tukio la saa likizidi:</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Hatarini</translation>
        </message>
        <message>
            <source>Attendance %</source>
            <translation>Mahudhurio %</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Beji</translation>
        </message>
        <message>
            <source>Badge number</source>
            <translation>Nambari ya beji</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Mwanzo</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Kabla</translation>
        </message>
        <message>
            <source>Below the poverty line</source>
            <translation>Chini ya mstari wa umaskini</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>Kipimo cha kulinganisha</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Mapumziko</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Msimbo</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Mstari wa amri</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Wamekamilisha</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Marekebisho</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Sarafu</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>Makato</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Imewasilishwa</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>Mlango</translation>
        </message>
        <message>
            <source>Downtime h</source>
            <translation>Saa za kukatika</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translation>Mapato</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Anastahili</translation>
        </message>
        <message>
            <source>Employer contributions (not deducted)</source>
            <translation>Michango ya mwajiri (haikatwi)</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Mwisho</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Kitabu cha Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Kuondoka</translation>
        </message>
        <message>
            <source>First in</source>
            <translation>Kuingia kwa kwanza</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Sikukuu</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>Kwa saa</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Saa</translation>
        </message>
        <message>
            <source>ID kind</source>
            <translation>Aina ya kitambulisho</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Kuingiza</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Kuingia</translation>
        </message>
        <message>
            <source>In QA</source>
            <translation>Kwenye ukaguzi</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Yanatumika kuanzia</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Inaendelea</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Kimetolewa</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Kilitolewa na</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <source>Last out</source>
            <translation>Kutoka kwa mwisho</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Kuingia kwa mwisho</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Zilizochelewa</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>Siku za likizo</translation>
        </message>
        <message>
            <source>Leaving &amp;early counts after:</source>
            <translation>Kuondoka &amp;mapema huhesabiwa baada ya:</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Aliondoka mapema</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Urefu</translation>
        </message>
        <message>
            <source>Living wage</source>
            <translation>Mshahara wa kujikimu</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Mahali</translation>
        </message>
        <message>
            <source>Long-term unemployed</source>
            <translation>Asiye na ajira kwa muda mrefu</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Meneja</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Alama</translation>
        </message>
        <message>
            <source>Minimum &amp;rest between shifts:</source>
            <translation>Mapumziko ya &amp;chini kati ya zamu:</translation>
        </message>
        <message>
            <source>Minimum wage</source>
            <translation>Kima cha chini cha mshahara</translation>
        </message>
        <message>
            <source>Missing punches</source>
            <translation>Maingizo yanayokosekana</translation>
        </message>
        <message>
            <source>Modules passed</source>
            <translation>Moduli alizofaulu</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Halisi</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Usiku</translation>
        </message>
        <message>
            <source>Night h</source>
            <translation>Saa za usiku</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>Other recognised disadvantage</source>
            <translation>Changamoto nyingine inayotambulika</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Kutoka</translation>
        </message>
        <message>
            <source>Overtime</source>
            <translation>Muda wa ziada</translation>
        </message>
        <message>
            <source>Overtime rest days/holidays h</source>
            <translation>Saa za ziada mapumziko/sikukuu</translation>
        </message>
        <message>
            <source>Overtime weekdays h</source>
            <translation>Saa za ziada siku za kazi</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Imelipwa</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Analipwa kwa</translation>
        </message>
        <message>
            <source>Payroll clerk</source>
            <translation>Karani wa mishahara</translation>
        </message>
        <message>
            <source>Payslips</source>
            <translation>Hati za malipo</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kipindi</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Mtu</translation>
        </message>
        <message>
            <source>Person with disability</source>
            <translation>Mtu mwenye ulemavu</translation>
        </message>
        <message>
            <source>Planned h</source>
            <translation>Saa zilizopangwa</translation>
        </message>
        <message>
            <source>Poverty line</source>
            <translation>Mstari wa umaskini</translation>
        </message>
        <message>
            <source>Punch</source>
            <translation>Ingizo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Imepokelewa</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Rekodi</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Imerekodiwa na</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Imekataliwa</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Kimebatilishwa</translation>
        </message>
        <message>
            <source>Rework</source>
            <translation>Kurudiwa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Nafasi</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Nambari ya mfululizo</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Zamu</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Zamu</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Ametoka</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Chanzo</translation>
        </message>
        <message>
            <source>Source date</source>
            <translation>Tarehe ya chanzo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Hatua</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mwanzo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Statutory</source>
            <translation>Ya kisheria</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Msimamizi</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Saa</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hadi</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Mwanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Wanafunzi wa mafunzo</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Mkufunzi</translation>
        </message>
        <message>
            <source>Unplanned h</source>
            <translation>Saa zisizopangwa</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Mtumiaji</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Jina la mtumiaji</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Mtazamaji</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Batili</translation>
        </message>
        <message>
            <source>Weekly maximum for &amp;night workers:</source>
            <translation>Kiwango cha juu cha wiki kwa wafanyakazi wa &amp;usiku:</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nini</translation>
        </message>
        <message>
            <source>When (local time)</source>
            <translation>Lini (saa za hapa)</translation>
        </message>
        <message>
            <source>Worked (h)</source>
            <translation>Saa za kazi</translation>
        </message>
        <message>
            <source>Worked h</source>
            <translation>Saa za kazi</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Youth not in employment, education or training</source>
            <translation>Kijana asiye na ajira, masomo wala mafunzo</translation>
        </message>
        <message>
            <source>advance</source>
            <translation>malipo ya awali</translation>
        </message>
        <message>
            <source>allowance</source>
            <translation>marupurupu</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>kiotomatiki</translation>
        </message>
        <message>
            <source>baseline date</source>
            <translation>tarehe ya mwanzo</translation>
        </message>
        <message>
            <source>baseline monthly income</source>
            <translation>mapato ya mwezi ya mwanzo</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>kabla ya kurejesha</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>kabla ya kuingiza</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>kabla ya kusasisha</translation>
        </message>
        <message>
            <source>before closing payroll</source>
            <translation>kabla ya kufunga mishahara</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>kwa mkono</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>imefungwa</translation>
        </message>
        <message>
            <source>cohort</source>
            <translation>kundi</translation>
        </message>
        <message>
            <source>consent date</source>
            <translation>tarehe ya ridhaa</translation>
        </message>
        <message>
            <source>consent taken by</source>
            <translation>ridhaa imechukuliwa na</translation>
        </message>
        <message>
            <source>county</source>
            <translation>kaunti</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>kwa siku</translation>
        </message>
        <message>
            <source>date</source>
            <translation>tarehe</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>tarehe ya kuzaliwa</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>makato</translation>
        </message>
        <message>
            <source>dependents</source>
            <translation>wategemezi</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>ulemavu</translation>
        </message>
        <message>
            <source>disability notes</source>
            <translation>maelezo ya ulemavu</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>rasimu</translation>
        </message>
        <message>
            <source>draft (not run)</source>
            <translation>rasimu (haijaendeshwa)</translation>
        </message>
        <message>
            <source>draft (run again)</source>
            <translation>rasimu (iendeshe tena)</translation>
        </message>
        <message>
            <source>education level</source>
            <translation>kiwango cha elimu</translation>
        </message>
        <message>
            <source>eligibility criterion</source>
            <translation>kigezo cha ustahiki</translation>
        </message>
        <message>
            <source>emergency contact</source>
            <translation>mtu wa dharura</translation>
        </message>
        <message>
            <source>emergency phone</source>
            <translation>simu ya dharura</translation>
        </message>
        <message>
            <source>employment status</source>
            <translation>hali ya ajira</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>ushahidi</translation>
        </message>
        <message>
            <source>exit kind</source>
            <translation>aina ya kuondoka</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>jina la kwanza</translation>
        </message>
        <message>
            <source>fortnightly</source>
            <translation>kila wiki mbili</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>jinsia</translation>
        </message>
        <message>
            <source>guardian</source>
            <translation>mlezi</translation>
        </message>
        <message>
            <source>guardian consent date</source>
            <translation>tarehe ya ridhaa ya mlezi</translation>
        </message>
        <message>
            <source>hourly</source>
            <translation>kwa saa</translation>
        </message>
        <message>
            <source>household size</source>
            <translation>ukubwa wa kaya</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>jina la mwisho</translation>
        </message>
        <message>
            <source>left involuntarily</source>
            <translation>aliondoka bila hiari</translation>
        </message>
        <message>
            <source>left voluntarily</source>
            <translation>aliondoka kwa hiari</translation>
        </message>
        <message>
            <source>loan</source>
            <translation>mkopo</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>kwa mwezi</translation>
        </message>
        <message>
            <source>monthly income</source>
            <translation>mapato ya mwezi</translation>
        </message>
        <message>
            <source>months unemployed</source>
            <translation>miezi bila ajira</translation>
        </message>
        <message>
            <source>national ID</source>
            <translation>kitambulisho cha taifa</translation>
        </message>
        <message>
            <source>no shift</source>
            <translation>hakuna zamu</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>kwa wakati</translation>
        </message>
        <message>
            <source>other names</source>
            <translation>majina mengine</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>simu</translation>
        </message>
        <message>
            <source>piece</source>
            <translation>kwa kipande</translation>
        </message>
        <message>
            <source>positive exit</source>
            <translation>kuondoka kwa mafanikio</translation>
        </message>
        <message>
            <source>poverty score</source>
            <translation>alama ya umaskini</translation>
        </message>
        <message>
            <source>replaced database</source>
            <translation>hifadhidata iliyobadilishwa</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>imekaguliwa</translation>
        </message>
        <message>
            <source>settlement</source>
            <translation>mtaa</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>hatua</translation>
        </message>
        <message>
            <source>stipend</source>
            <translation>posho</translation>
        </message>
        <message>
            <source>survey date</source>
            <translation>tarehe ya utafiti</translation>
        </message>
        <message>
            <source>union</source>
            <translation>chama cha wafanyakazi</translation>
        </message>
        <message>
            <source>unplanned</source>
            <translation>haikupangwa</translation>
        </message>
        <message>
            <source>verified by</source>
            <translation>imethibitishwa na</translation>
        </message>
        <message>
            <source>verified on</source>
            <translation>imethibitishwa tarehe</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>kila wiki</translation>
        </message>
        <message>
            <source>when closing</source>
            <translation>wakati wa kufunga</translation>
        </message>
        <message>
            <source>which disadvantage</source>
            <translation>changamoto gani</translation>
        </message>
    </context>
    <context>
        <name>WorkLogDialog</name>
        <message>
            <source>Record work on {0}</source>
            <translation>Rekodi kazi kwenye {0}</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Siku:</translation>
        </message>
        <message>
            <source>Units and minutes per worker</source>
            <translation>Vipimo na dakika kwa kila mfanyakazi</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vipimo</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Dakika</translation>
        </message>
        <message>
            <source>Units by {0}</source>
            <translation>Vipimo vya {0}</translation>
        </message>
        <message>
            <source>Minutes by {0}</source>
            <translation>Dakika za {0}</translation>
        </message>
        <message>
            <source>More units than expected</source>
            <translation>Vipimo zaidi ya vilivyotarajiwa</translation>
        </message>
        <message>
            <source>Batch {0} expects {1} units; with these logs it would have {2}. Save anyway?</source>
            <translation>Bechi {0} inatarajia vipimo {1}; kwa rekodi hizi ingekuwa na {2}. Hifadhi hata hivyo?</translation>
        </message>
    </context>
    <context>
        <name>WorkLogImportView</name>
        <message>
            <source>Type in a day's work</source>
            <translation>Andika kazi ya siku</translation>
        </message>
        <message>
            <source>Batch reference</source>
            <translation>Kumbukumbu ya bechi</translation>
        </message>
        <message>
            <source>&amp;Record work…</source>
            <translation>&amp;Rekodi kazi…</translation>
        </message>
        <message>
            <source>A worker's &amp;day across batches…</source>
            <translation>&amp;Siku ya mfanyakazi katika bechi zote…</translation>
        </message>
        <message>
            <source>or</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Import from a client platform (CSV or XLSX: batch_ref, national_id, date, units, minutes)</source>
            <translation>Ingiza kutoka kwenye mfumo wa mteja (CSV au XLSX: batch_ref, national_id, date, units, minutes)</translation>
        </message>
        <message>
            <source>&amp;Check a file…</source>
            <translation>&amp;Kagua faili…</translation>
        </message>
        <message>
            <source>Accept batches getting more units than expected</source>
            <translation>Kubali bechi zinazopata vipimo zaidi ya vilivyotarajiwa</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Ingiza</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Matatizo kwenye faili</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Safu za faili</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Bechi</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vipimo</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Dakika</translation>
        </message>
        <message>
            <source>Work-log file</source>
            <translation>Faili ya rekodi za kazi</translation>
        </message>
        <message>
            <source>CSV or Excel (*.csv *.xlsx)</source>
            <translation>CSV au Excel (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Saved {0} work log(s), {1} units.</source>
            <translation>Rekodi {0} za kazi zimehifadhiwa, vipimo {1}.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Inakagua faili…</translation>
        </message>
        <message>
            <source>Importing work logs…</source>
            <translation>Inaingiza rekodi za kazi…</translation>
        </message>
        <message>
            <source>warning: {0}</source>
            <translation>onyo: {0}</translation>
        </message>
        <message>
            <source>{0} problem(s) in {1} rows; fix the file and check it again. Nothing was saved.</source>
            <translation>Matatizo {0} katika safu {1}; rekebisha faili kisha uikague tena. Hakuna kilichohifadhiwa.</translation>
        </message>
        <message>
            <source>{0} rows, all good. Press Import to save them.</source>
            <translation>Safu {0}, zote ni nzuri. Bonyeza Ingiza ili kuzihifadhi.</translation>
        </message>
        <message>
            <source>Imported {0} work logs. A backup was made before: {1}</source>
            <translation>Rekodi {0} za kazi zimeingizwa. Nakala rudufu ilifanywa kabla: {1}</translation>
        </message>
    </context>
    <context>
        <name>WorkerDayDialog</name>
        <message>
            <source>Record a worker's day</source>
            <translation>Rekodi siku ya mfanyakazi</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Mfanyakazi:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Siku:</translation>
        </message>
        <message>
            <source>The worker's open batches</source>
            <translation>Bechi zilizo wazi za mfanyakazi</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Bechi</translation>
        </message>
        <message>
            <source>Client / project</source>
            <translation>Mteja / mradi</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Mwisho</translation>
        </message>
        <message>
            <source>Logged that day</source>
            <translation>Iliyorekodiwa siku hiyo</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vipimo</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Dakika</translation>
        </message>
        <message>
            <source>More units than expected</source>
            <translation>Vipimo zaidi ya vilivyotarajiwa</translation>
        </message>
        <message>
            <source>Units on {0}</source>
            <translation>Vipimo kwenye {0}</translation>
        </message>
        <message>
            <source>Minutes on {0}</source>
            <translation>Dakika kwenye {0}</translation>
        </message>
        <message>
            <source>There are no workers yet.</source>
            <translation>Bado hakuna wafanyakazi.</translation>
        </message>
        <message>
            <source>{0} is not assigned to any open batch; assign them from a batch's detail on the board.</source>
            <translation>{0} hajapangiwa bechi yoyote iliyo wazi; mpangie kutoka kwenye maelezo ya bechi ubaoni.</translation>
        </message>
        <message>
            <source>{0} open batch(es). Type the units and minutes for each batch worked on that day; leave the rest at 0.</source>
            <translation>Bechi {0} zilizo wazi. Andika vipimo na dakika kwa kila bechi iliyofanyiwa kazi siku hiyo; zilizobaki ziache 0.</translation>
        </message>
        <message>
            <source>Batch {0} expects {1} units; with these logs it would have {2}. Save anyway?</source>
            <translation>Bechi {0} inatarajia vipimo {1}; kwa rekodi hizi ingekuwa na {2}. Hifadhi hata hivyo?</translation>
        </message>
        <message>
            <source>work logs</source>
            <translation>rekodi za kazi</translation>
        </message>
    </context>
    <context>
        <name>_DatedTab</name>
        <message>
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hadi</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Kuanzia:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Hadi:</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Printing certificates…</source>
            <translation>Inachapisha vyeti…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
</TS>
