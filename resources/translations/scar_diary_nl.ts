<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Aftercare</name>
    <message>
        <location filename="../../scar_diary/wording/aftercare.py" line="12"/>
        <source>The clear bubble under the skin is normally absorbed within a few hours.</source>
        <translation>Het heldere bultje onder de huid is normaal binnen een paar uur opgenomen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/aftercare.py" line="15"/>
        <source>A little bleeding from the needle points is normal.</source>
        <translation>Een beetje bloeden uit de prikplekjes is normaal.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/aftercare.py" line="18"/>
        <source>The skin may be slightly swollen for a short while.</source>
        <translation>De huid kan kort wat gezwollen zijn.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/aftercare.py" line="21"/>
        <source>Needle marks can stay red for a while.</source>
        <translation>Prikplekjes kunnen een tijdje rood blijven.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/aftercare.py" line="24"/>
        <source>Touch the treated places as little as you can.</source>
        <translation>Raak de behandelde plekken zo weinig mogelijk aan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/aftercare.py" line="27"/>
        <source>Some scars look flatter at first; others look a little worse before they improve. Both are expected.</source>
        <translation>Sommige littekens zien er eerst vlakker uit; andere zien er even wat slechter uit voordat ze verbeteren. Allebei is te verwachten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/aftercare.py" line="32"/>
        <source>Improvement comes slowly, as scars soften over the series: judge it by your ratings and photos, not by the mirror from one day to the next.</source>
        <translation>Verbetering komt langzaam, doordat littekens in de loop van de reeks soepeler worden: beoordeel het aan de hand van je beoordelingen en foto&apos;s, niet van dag tot dag in de spiegel.</translation>
    </message>
</context>
<context>
    <name>Alignment</name>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="16"/>
        <source>The same skin was found all over both photos, tilt included.</source>
        <translation>Overal in beide foto&apos;s is dezelfde huid gevonden, de kanteling meegerekend.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="19"/>
        <source>Moved, turned and scaled to match; a tilt of the camera could not be confirmed, so check the edges.</source>
        <translation>Verschoven, gedraaid en geschaald; een gekantelde camera kon niet worden bevestigd, dus controleer de randen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="24"/>
        <source>The photos agree only loosely (light, focus or swelling differ), so check the edges.</source>
        <translation>De foto&apos;s komen maar ruwweg overeen (licht, scherpte of zwelling verschillen), dus controleer de randen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="28"/>
        <source>Too few details are the same in both photos: they may show different skin, or skin too smooth or blurred to match.</source>
        <translation>Te weinig details zijn in beide foto&apos;s hetzelfde: ze tonen misschien andere huid, of huid die te glad of te onscherp is om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="33"/>
        <source>The details that match sit in one small part of the photo, too little to line up the rest.</source>
        <translation>De overeenkomende details zitten in één klein deel van de foto, te weinig om de rest uit te lijnen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="38"/>
        <source>The only match found would shrink, stretch or flip the later photo beyond what a camera does.</source>
        <translation>De enige gevonden overeenkomst zou de latere foto meer verkleinen, uitrekken of spiegelen dan een camera doet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="43"/>
        <source>The later photo looks mirrored, as a front (selfie) camera may save it. Mirror it back before comparing.</source>
        <translation>De latere foto lijkt gespiegeld, zoals een selfiecamera hem kan opslaan. Spiegel hem terug voordat je vergelijkt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="48"/>
        <source>The two photos show too little of the same skin.</source>
        <translation>De twee foto&apos;s tonen te weinig van dezelfde huid.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="51"/>
        <source>Lined up, the two photos do not look alike enough: probably different skin.</source>
        <translation>Uitgelijnd lijken de twee foto&apos;s niet genoeg op elkaar: waarschijnlijk andere huid.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="55"/>
        <source>A photo is too small to match.</source>
        <translation>Een foto is te klein om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="61"/>
        <source>aligned</source>
        <translation>uitgelijnd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="62"/>
        <source>approximately aligned</source>
        <translation>ongeveer uitgelijnd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="63"/>
        <source>could not align</source>
        <translation>niet uit te lijnen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="75"/>
        <source>Could not align. {reason}</source>
        <translation>Uitlijnen lukte niet. {reason}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="79"/>
        <source>Approximately aligned ({percent}% confidence): check the edges. {reason}</source>
        <translation>Ongeveer uitgelijnd ({percent}% zekerheid): controleer de randen. {reason}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="82"/>
        <source>Aligned automatically ({percent}% confidence).</source>
        <translation>Automatisch uitgelijnd ({percent}% zekerheid).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="90"/>
        <source>not aligned</source>
        <translation>niet uitgelijnd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="92"/>
        <source>aligned by hand</source>
        <translation>met de hand uitgelijnd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="94"/>
        <source>aligned automatically, approximately</source>
        <translation>automatisch, ongeveer uitgelijnd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/alignment.py" line="95"/>
        <source>aligned automatically</source>
        <translation>automatisch uitgelijnd</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="162"/>
        <source>diary.json is not a Scar Diary archive.</source>
        <translation>diary.json is geen Scar Diary-archief.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="165"/>
        <source>This is not a Scar Diary archive (unknown format).</source>
        <translation>Dit is geen Scar Diary-archief (onbekend formaat).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="170"/>
        <source>This archive was made by a newer version of Scar Diary (format version {version}). Install the newer version to import it.</source>
        <translation>Dit archief is gemaakt met een nieuwere versie van Scar Diary (formaatversie {version}). Installeer de nieuwere versie om het te importeren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="179"/>
        <source>The archive&apos;s format version is not one this app knows.</source>
        <translation>Deze app kent de formaatversie van het archief niet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="187"/>
        <source>The archive&apos;s diary.json is not valid at {where}: {problem}.</source>
        <translation>De diary.json van het archief klopt niet bij {where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="212"/>
        <source>The archive has a date outside the years a diary keeps ({date}).</source>
        <translation>Het archief heeft een datum buiten de jaren die een dagboek bijhoudt ({date}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="223"/>
        <source>The archive lists the same {kind} twice ({value}).</source>
        <translation>Het archief noemt dezelfde {kind} twee keer ({value}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="247"/>
        <source>A session refers to a series that is not in the archive.</source>
        <translation>Een sessie verwijst naar een reeks die niet in het archief staat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="251"/>
        <source>A session refers to a scar that is not in the archive.</source>
        <translation>Een sessie verwijst naar een litteken dat niet in het archief staat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="258"/>
        <source>The archive has a visit marked done on {date}, a day still to come. A visit can only be done once its day has come.</source>
        <translation>Het archief heeft een bezoek dat als gedaan is gemarkeerd op {date}, een dag die nog moet komen. Een bezoek kan pas gedaan zijn als de dag gekomen is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="267"/>
        <source>A rating refers to a scar that is not in the archive.</source>
        <translation>Een beoordeling hoort bij een litteken dat niet in het archief staat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="271"/>
        <source>A rating is dated after the archive was made ({date}).</source>
        <translation>Een beoordeling is gedateerd na het maken van het archief ({date}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="278"/>
        <source>A photo refers to a scar that is not in the archive.</source>
        <translation>Een foto hoort bij een litteken dat niet in het archief staat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="282"/>
        <source>A photo&apos;s file name does not match its checksum.</source>
        <translation>De bestandsnaam van een foto klopt niet met zijn controlegetal.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="288"/>
        <source>An alignment refers to a photo that is not in the archive.</source>
        <translation>Een uitlijning verwijst naar een foto die niet in het archief staat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="291"/>
        <source>An alignment lines a photo up with itself.</source>
        <translation>Een uitlijning koppelt een foto aan zichzelf.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="294"/>
        <source>An alignment&apos;s matrix cannot place a photo (it is flat).</source>
        <translation>De matrix van een uitlijning kan geen foto plaatsen (hij is plat).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="299"/>
        <source>A series has an end date without a reason, or the other way round.</source>
        <translation>Een reeks heeft een einddatum zonder reden, of andersom.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/checks.py" line="322"/>
        <source>The archive&apos;s protocol settings do not fit together ({fields}).</source>
        <translation>De protocolinstellingen in het archief passen niet bij elkaar ({fields}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="160"/>
        <source>The archive holds too many files.</source>
        <translation>Het archief bevat te veel bestanden.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="165"/>
        <source>The archive contains a path outside the archive ({name}); it was not opened.</source>
        <translation>Het archief bevat een pad buiten het archief ({name}); het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="171"/>
        <source>The archive contains the same file twice.</source>
        <translation>Het archief bevat hetzelfde bestand twee keer.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="95"/>
        <source>{name} is encrypted; give the passphrase of the diary it was made from.</source>
        <translation>{name} is versleuteld; geef de wachtzin van het dagboek waaruit het gemaakt is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="107"/>
        <source>The passphrase or recovery key does not open {name}.</source>
        <translation>Deze wachtzin of herstelsleutel opent {name} niet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="113"/>
        <source>{name} is an encrypted archive that is damaged.</source>
        <translation>{name} is een versleuteld archief dat beschadigd is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="175"/>
        <source>{name} in the archive is encrypted with a zip password, which Scar Diary archives never use.</source>
        <translation>{name} in het archief is versleuteld met een zip-wachtwoord, en dat gebruiken archieven van Scar Diary nooit.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="183"/>
        <source>The archive uses a compression this app does not read ({name}).</source>
        <translation>Het archief gebruikt een compressie die deze app niet leest ({name}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="189"/>
        <source>{name} in the archive is packed suspiciously tightly; it was not opened.</source>
        <translation>{name} in het archief is verdacht sterk ingepakt; het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="197"/>
        <source>The archive would take {size} on the disk, and only {free} is free there.</source>
        <translation>Het archief zou {size} op de schijf innemen, en daar is maar {free} vrij.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="208"/>
        <source>{name} in the archive is too large.</source>
        <translation>{name} in het archief is te groot.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="214"/>
        <source>{name} in the archive is damaged.</source>
        <translation>{name} in het archief is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="225"/>
        <source>diary.json in the archive cannot be read ({error}).</source>
        <translation>diary.json in het archief kan niet worden gelezen ({error}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="236"/>
        <source>The photo {name} does not match its checksum; the archive is damaged or was changed.</source>
        <translation>De foto {name} klopt niet met zijn controlegetal; het archief is beschadigd of veranderd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="246"/>
        <source>The photo {name} cannot be kept: {reason}.</source>
        <translation>De foto {name} kan niet worden bewaard: {reason}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="252"/>
        <source>The photo {name} is not the kind of image its name says.</source>
        <translation>De foto {name} is niet het soort afbeelding dat de naam zegt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="279"/>
        <source>The archive holds records a diary cannot take ({detail}).</source>
        <translation>Het archief bevat gegevens die een dagboek niet kan opnemen ({detail}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="299"/>
        <source>{name} is not a Scar Diary archive (not a readable zip file).</source>
        <translation>{name} is geen Scar Diary-archief (geen leesbaar zip-bestand).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="317"/>
        <source>The archive has no diary.json.</source>
        <translation>Het archief heeft geen diary.json.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="325"/>
        <source>The archive contains a file the diary does not list ({name}).</source>
        <translation>Het archief bevat een bestand dat het dagboek niet noemt ({name}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="333"/>
        <source>The photo {name} is missing from the archive.</source>
        <translation>De foto {name} ontbreekt in het archief.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="347"/>
        <source>The archive is damaged ({error}).</source>
        <translation>Het archief is beschadigd ({error}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="393"/>
        <source>The archive changed while it was being imported.</source>
        <translation>Het archief veranderde tijdens het importeren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="425"/>
        <source>Unlock the diary before importing into it.</source>
        <translation>Ontgrendel het dagboek voordat je erin importeert.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/archive/importer.py" line="432"/>
        <source>This archive is encrypted, and the diary it would replace is not. Protect the diary with a passphrase first (Settings → Passphrase, or `scar-diary encrypt`), or import the archive into an empty folder.</source>
        <translation>Dit archief is versleuteld, en het dagboek dat het zou vervangen niet. Beveilig het dagboek eerst met een wachtzin (Instellingen → Wachtzin, of `scar-diary encrypt`), of importeer het archief in een lege map.</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <location filename="../../scar_diary/ui/inbox/arrivals.py" line="36"/>
        <source>the diary is not open</source>
        <translation>het dagboek is niet geopend</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/arrivals.py" line="55"/>
        <source>the diary was closed meanwhile</source>
        <translation>het dagboek is intussen gesloten</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="202"/>
        <source>There is no diary in {folder}.</source>
        <translation>Er is geen dagboek in {folder}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="203"/>
        <source>The diary file is empty, so no backup was made.</source>
        <translation>Het dagboekbestand is leeg, dus er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="206"/>
        <source>The diary failed its check ({detail}), so no backup was made.</source>
        <translation>Het dagboek kwam niet door de controle ({detail}), dus er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="209"/>
        <source>The backup failed its check ({detail}); nothing was changed.</source>
        <translation>De back-up kwam niet door de controle ({detail}); er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="212"/>
        <source>{count} photos this backup needs are missing.</source>
        <translation>{count} foto&apos;s die deze back-up nodig heeft ontbreken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="223"/>
        <source>automatic, daily</source>
        <translation>automatisch, dagelijks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="224"/>
        <source>made by you</source>
        <translation>door jou gemaakt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="225"/>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="226"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="227"/>
        <source>before an update</source>
        <translation>vóór een update</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="228"/>
        <source>before protecting with a passphrase</source>
        <translation>voor het beveiligen met een wachtzin</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="229"/>
        <source>before removing the passphrase</source>
        <translation>voor het verwijderen van de wachtzin</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="230"/>
        <source>before changing the passphrase and key</source>
        <translation>vóór het wijzigen van wachtzin en sleutel</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="38"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="44"/>
        <source>A backup is made automatically once a day, and before every import, restore and update. Older ones are thinned out: the last 7 days, 4 weeks and 12 months are kept. Each backup folder holds the photos its backups need, so it is complete on another disk too.</source>
        <translation>Eens per dag wordt vanzelf een back-up gemaakt, en vóór elke import, elk terugzetten en elke update. Oudere back-ups worden uitgedund: de laatste 7 dagen, 4 weken en 12 maanden blijven bewaard. Elke back-upmap bevat de foto&apos;s die de back-ups nodig hebben, zodat hij ook op een andere schijf compleet is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="57"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="57"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="57"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="57"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="63"/>
        <source>Back &amp;Up Now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="66"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="68"/>
        <source>&amp;Open Folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="69"/>
        <source>C&amp;hange Folder…</source>
        <translation>Map &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="72"/>
        <source>Re&amp;pair Photos</source>
        <translation>Foto&apos;s he&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="75"/>
        <source>Bring back damaged or missing photos from the backups&apos; good copies.</source>
        <translation>Haal beschadigde of ontbrekende foto&apos;s terug uit de goede kopieën in de back-ups.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="111"/>
        <source>Kept in {folder}</source>
        <translation>Bewaard in {folder}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="117"/>
        <source>{date} (dated in the future)</source>
        <translation>{date} (gedateerd in de toekomst)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="123"/>
        <source>scars: {scars}, ratings: {ratings}, photos: {photos}</source>
        <translation>littekens: {scars}, beoordelingen: {ratings}, foto&apos;s: {photos}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="130"/>
        <source>The sample diary is not backed up; open your own diary for that.</source>
        <translation>Van het voorbeelddagboek worden geen back-ups gemaakt; open daarvoor je eigen dagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="138"/>
        <source>Choose a backup in the list first.</source>
        <translation>Kies eerst een back-up in de lijst.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="157"/>
        <source>Restore Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="158"/>
        <source>Go back to the diary as it was on {made}?</source>
        <translation>Terug naar het dagboek zoals het was op {made}?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="160"/>
        <source>Your diary as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Eerst wordt een back-up gemaakt van je dagboek zoals het nu is, zodat je dit ongedaan kunt maken door die terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="163"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/backups_box.py" line="169"/>
        <source>Keep Backups In</source>
        <translation>Back-ups bewaren in</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="81"/>
        <source>Move Boost</source>
        <translation>Boost verplaatsen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="81"/>
        <source>Move Session</source>
        <translation>Sessie verplaatsen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="83"/>
        <source>Book a Boost</source>
        <translation>Boost plannen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="83"/>
        <source>Book a Session</source>
        <translation>Sessie plannen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="87"/>
        <source>At a set &amp;time</source>
        <translation>Op een vast &amp;tijdstip</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="105"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="111"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="111"/>
        <source>Book</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="152"/>
        <source>This makes the visit after it too early: {name} on {date} would be only {days} days after this one.</source>
        <translation>Daardoor komt de afspraak erna te vroeg: {name} op {date} zou maar {days} dagen hierna zijn.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="165"/>
        <source>You can still save it: your doctor decides.</source>
        <translation>Je kunt het toch bewaren: je arts beslist.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="75"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="76"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="84"/>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="93"/>
        <source>Saline maintenance boost (Scar Diary)</source>
        <translation>Onderhoudsboost met zoutoplossing (Scar Diary)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="95"/>
        <source>Saline session {n} (Scar Diary)</source>
        <translation>Sessie {n} met zoutoplossing (Scar Diary)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="115"/>
        <source>Cancelled: saline visit (Scar Diary)</source>
        <translation>Geannuleerd: bezoek voor zoutoplossing (Scar Diary)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="117"/>
        <source>Cancelled appointment</source>
        <translation>Geannuleerde afspraak</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="128"/>
        <source>Preparation complete: first saline session possible</source>
        <translation>Voorbereiding klaar: eerste sessie met zoutoplossing mogelijk</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="140"/>
        <source>Window for saline session {n}</source>
        <translation>Periode voor sessie {n} met zoutoplossing</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/calendar_export.py" line="154"/>
        <source>Maintenance saline session due</source>
        <translation>Onderhoudssessie met zoutoplossing staat voor de deur</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="54"/>
        <source>&amp;Save Chart…</source>
        <translation>Grafiek &amp;bewaren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="71"/>
        <source>There is no chart to save yet.</source>
        <translation>Er is nog geen grafiek om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="95"/>
        <location filename="../../scar_diary/ui/progress/page.py" line="107"/>
        <source>Save Chart</source>
        <translation>Grafiek bewaren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="95"/>
        <source>Images (*.png *.svg)</source>
        <translation>Afbeeldingen (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="108"/>
        <source>The chart could not be saved: {error}</source>
        <translation>De grafiek kon niet worden bewaard: {error}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="124"/>
        <source>May be swollen (not counted)</source>
        <translation>Mogelijk gezwollen (telt niet mee)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="132"/>
        <source>Depth (0 = level with the skin)</source>
        <translation>Diepte (0 = gelijk met de huid)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="140"/>
        <source>Softening (10 = soft)</source>
        <translation>Soepelheid (10 = zacht)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="149"/>
        <source>Baseline depth</source>
        <translation>Diepte bij de nulmeting</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="167"/>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="168"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="168"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="188"/>
        <source>{date}: depth {depth}, softening {softening}</source>
        <translation>{date}: diepte {depth}, soepelheid {softening}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="219"/>
        <source>No improvement (below {pct}%)</source>
        <translation>Geen verbetering (onder {pct}%)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="228"/>
        <source>About the best possible ({pct}%)</source>
        <translation>Ongeveer het best haalbare ({pct}%)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="237"/>
        <source>Good response in a 2025 trial ({pct}%)</source>
        <translation>Goede reactie in een studie uit 2025 ({pct}%)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="247"/>
        <source>Stop-rule session ({n})</source>
        <translation>Stopregelsessie ({n})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="249"/>
        <source>Stop-rule sessions ({low}–{high})</source>
        <translation>Stopregelsessies ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="261"/>
        <source>Mean depth improvement</source>
        <translation>Gemiddelde verbetering in diepte</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="266"/>
        <source>After session</source>
        <translation>Na sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="267"/>
        <source>Improvement (%)</source>
        <translation>Verbetering (%)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="269"/>
        <source>Is it working? Mean improvement over the series</source>
        <translation>Werkt het? Gemiddelde verbetering over de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="283"/>
        <source>Mean softening change (points, right scale)</source>
        <translation>Gemiddelde verandering in soepelheid (punten, rechter schaal)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="286"/>
        <source>Softening change (points)</source>
        <translation>Verandering in soepelheid (punten)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="304"/>
        <source>After session {n}: {pct}%</source>
        <translation>Na sessie {n}: {pct}%</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="325"/>
        <source>rarely responds</source>
        <translation>reageert zelden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="346"/>
        <source>Depth improvement since the baseline (%)</source>
        <translation>Verbetering in diepte sinds de nulmeting (%)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="347"/>
        <source>Improvement per scar</source>
        <translation>Verbetering per litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="349"/>
        <source>{title} ({part} of {parts})</source>
        <translation>{title} ({part} van {parts})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="353"/>
        <source>level</source>
        <translation>vlak</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/charts.py" line="354"/>
        <source>{pct}% (deeper)</source>
        <translation>{pct}% (dieper)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="35"/>
        <source>Backed up to {path}</source>
        <translation>Back-up gemaakt in {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="39"/>
        <source>damaged photo    {file}: not carried into the backups, which keep a good copy of it; `scar-diary repair-photos` brings it back</source>
        <translation>beschadigde foto {file}: niet meegenomen in de back-ups, die er een goede kopie van bewaren; `scar-diary repair-photos` haalt die terug</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="47"/>
        <source>damaged photo    {file}: not carried into the backups, which have no good copy of it either</source>
        <translation>beschadigde foto {file}: niet meegenomen in de back-ups, die er ook geen goede kopie van hebben</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="66"/>
        <source>repaired         {file}</source>
        <translation>hersteld         {file}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="68"/>
        <source>no good copy     {file}</source>
        <translation>geen goede kopie {file}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="70"/>
        <source>Every photo of the diary is whole.</source>
        <translation>Alle foto&apos;s van het dagboek zijn heel.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="73"/>
        <source>{count} photos are damaged or missing and the backups have no good copy of them; restore an older backup folder, or delete those photos from their scars</source>
        <translation>{count} foto&apos;s zijn beschadigd of ontbreken en de back-ups hebben er geen goede kopie van; zet een oudere back-upmap terug, of verwijder die foto&apos;s bij hun littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="109"/>
        <source>No backups yet.</source>
        <translation>Nog geen back-ups.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="112"/>
        <source>  (dated in the future: restore it by its name)</source>
        <translation>  (gedateerd in de toekomst: zet hem terug met zijn naam)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="116"/>
        <source>{scars} scars, {ratings} ratings, {photos} photos</source>
        <translation>{scars} littekens, {ratings} beoordelingen, {photos} foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="138"/>
        <source>the only backups that could be restored are dated in the future (the clock was wrong, or they were changed); `scar-diary backups` lists them: name one to restore it</source>
        <translation>de enige back-ups die teruggezet kunnen worden, zijn gedateerd in de toekomst (de klok stond verkeerd, of ze zijn veranderd); `scar-diary backups` toont ze: noem er een bij naam om hem terug te zetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="147"/>
        <source>there is no backup called {name}; `scar-diary backups` lists them</source>
        <translation>er is geen back-up met de naam {name}; `scar-diary backups` toont ze</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="158"/>
        <source>{count} photos this backup needs are nowhere to be found ({files}); nothing was changed. Add --allow-missing-photos to restore the records without them</source>
        <translation>{count} foto&apos;s die deze back-up nodig heeft, zijn nergens te vinden ({files}); er is niets veranderd. Voeg --allow-missing-photos toe om de gegevens zonder die foto&apos;s terug te zetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="169"/>
        <location filename="../../scar_diary/cli/export_commands.py" line="157"/>
        <source>The diary that was there is backed up in {path}</source>
        <translation>Van het dagboek dat er stond, is een back-up gemaakt in {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="174"/>
        <source>missing photo    {file}</source>
        <translation>ontbrekende foto {file}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/backup_commands.py" line="175"/>
        <source>Restored {name}</source>
        <translation>{name} teruggezet</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="66"/>
        <source>not a date in YYYY-MM-DD form: {text}</source>
        <translation>geen datum in de vorm JJJJ-MM-DD: {text}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="85"/>
        <source>the diary file is missing in {folder}, although its photos or backups are there; restore a backup with `scar-diary restore latest`</source>
        <translation>het dagboekbestand ontbreekt in {folder}, hoewel de foto&apos;s of back-ups er zijn; zet een back-up terug met `scar-diary restore latest`</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="98"/>
        <source>{folder} is a file, not a diary folder</source>
        <translation>{folder} is een bestand, geen dagboekmap</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="103"/>
        <source>there is no diary in {folder}</source>
        <translation>er is geen dagboek in {folder}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="110"/>
        <source>Scar Diary has this diary open; close it first, then repair again</source>
        <translation>Scar Diary heeft dit dagboek open; sluit het eerst en herstel dan opnieuw</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="113"/>
        <source>Scar Diary has this diary open; close it first, then restore again</source>
        <translation>Scar Diary heeft dit dagboek open; sluit het eerst en zet dan opnieuw terug</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="116"/>
        <source>Scar Diary has this diary open; close it first, then import again</source>
        <translation>Scar Diary heeft dit dagboek open; sluit het eerst en importeer dan opnieuw</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="122"/>
        <source>Scar Diary has this diary open; close it first, then try again</source>
        <translation>Scar Diary heeft dit dagboek open; sluit het eerst en probeer het dan opnieuw</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="159"/>
        <source>the passphrase file {path} is not a regular file</source>
        <translation>het wachtzinbestand {path} is geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="168"/>
        <source>cannot read the passphrase file {path}</source>
        <translation>kan het wachtzinbestand {path} niet lezen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="173"/>
        <source>the passphrase file {path} has an empty first line</source>
        <translation>de eerste regel van het wachtzinbestand {path} is leeg</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="184"/>
        <source>a passphrase needs at least {count} characters; nothing was changed</source>
        <translation>een wachtzin heeft minstens {count} tekens nodig; er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="205"/>
        <source>Passphrase for {what}: </source>
        <translation>Wachtzin voor {what}: </translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="206"/>
        <source>The same again: </source>
        <translation>Nog een keer: </translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="207"/>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>de twee wachtzinnen verschillen; er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="211"/>
        <source>{what} is protected with a passphrase; give it with --passphrase-file FILE or {variable}</source>
        <translation>{what} is beveiligd met een wachtzin; geef die met --passphrase-file BESTAND of {variable}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="232"/>
        <source>the diary in {folder}</source>
        <translation>het dagboek in {folder}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="237"/>
        <source>that passphrase (or recovery key) does not open the diary in {folder}; nothing was changed</source>
        <translation>die wachtzin (of herstelsleutel) opent het dagboek in {folder} niet; er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/common.py" line="245"/>
        <source>the diary&apos;s key file in {folder} is damaged ({detail})</source>
        <translation>het sleutelbestand van het dagboek in {folder} is beschadigd ({detail})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="28"/>
        <source>Sample diary written to {folder}</source>
        <translation>Voorbeelddagboek geschreven naar {folder}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="178"/>
        <source>imported         {name}</source>
        <translation>geïmporteerd     {name}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="180"/>
        <source>already present  {name}</source>
        <translation>al aanwezig      {name}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="183"/>
        <source>rejected         {name}: {reason}</source>
        <translation>geweigerd        {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="188"/>
        <source>{imported} imported, {present} already present, {rejected} rejected</source>
        <translation>{imported} geïmporteerd, {present} al aanwezig, {rejected} geweigerd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="248"/>
        <source>depth {depth}, softening {softening}</source>
        <translation>diepte {depth}, soepelheid {softening}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="252"/>
        <source>not rated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/diary_commands.py" line="255"/>
        <source>{count} photos</source>
        <translation>{count} foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="43"/>
        <source>Calendar written to {path}</source>
        <translation>Agenda geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="66"/>
        <source>there is no scar with id {id}</source>
        <translation>er is geen litteken met id {id}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="75"/>
        <source>Summary written to {path}</source>
        <translation>Samenvatting geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="90"/>
        <source>Written {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="111"/>
        <source>Diary exported to {path} (encrypted with the diary&apos;s passphrase)</source>
        <translation>Dagboek geëxporteerd naar {path} (versleuteld met de wachtzin van het dagboek)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="116"/>
        <source>Diary exported to {path}</source>
        <translation>Dagboek geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="130"/>
        <source>{folder} already holds a diary; add --replace to replace it (a backup of it is made first)</source>
        <translation>{folder} bevat al een dagboek; voeg --replace toe om het te vervangen (eerst wordt er een back-up van gemaakt)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="147"/>
        <source>the archive {name}</source>
        <translation>het archief {name}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/export_commands.py" line="161"/>
        <source>Archive imported into {folder}</source>
        <translation>Archief geïmporteerd in {folder}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/main.py" line="303"/>
        <source>something unexpected went wrong ({name}); details are in {log}</source>
        <translation>er ging iets onverwachts mis ({name}); details staan in {log}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/main.py" line="307"/>
        <source>something unexpected went wrong ({name})</source>
        <translation>er ging iets onverwachts mis ({name})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="53"/>
        <source>  {done} of {total} files</source>
        <translation>  {done} van {total} bestanden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="63"/>
        <source>the diary in {folder} is protected already</source>
        <translation>het dagboek in {folder} is al beveiligd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="65"/>
        <source>the diary in {folder} (new)</source>
        <translation>het dagboek in {folder} (nieuw)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="69"/>
        <source>The diary in {folder} is now encrypted.</source>
        <translation>Het dagboek in {folder} is nu versleuteld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="71"/>
        <source>Recovery key (write it down and keep it apart from this computer; it is shown once):</source>
        <translation>Herstelsleutel (schrijf hem op en bewaar hem niet bij deze computer; hij wordt één keer getoond):</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="78"/>
        <source>Without the passphrase or this key, nobody can open the diary: not even you.</source>
        <translation>Zonder de wachtzin of deze sleutel kan niemand het dagboek openen: ook jij niet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="91"/>
        <source>the diary in {folder} is not encrypted</source>
        <translation>het dagboek in {folder} is niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="97"/>
        <source>The diary in {folder} is no longer encrypted; its passphrase is not needed any more.</source>
        <translation>Het dagboek in {folder} is niet meer versleuteld; de wachtzin is niet meer nodig.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="111"/>
        <source>the diary in {folder} is not encrypted; use `scar-diary encrypt`</source>
        <translation>het dagboek in {folder} is niet versleuteld; gebruik `scar-diary encrypt`</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="121"/>
        <source>The passphrase of the diary in {folder} is changed; the recovery key still works.</source>
        <translation>De wachtzin van het dagboek in {folder} is veranderd; de herstelsleutel werkt nog.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="130"/>
        <source>The diary in {folder} is encrypted again under a new key, with the new passphrase.</source>
        <translation>Het dagboek in {folder} is opnieuw versleuteld met een nieuwe sleutel en de nieuwe wachtzin.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/cli/protection_commands.py" line="136"/>
        <source>New recovery key (the old one opens nothing any more; it is shown once):</source>
        <translation>Nieuwe herstelsleutel (de oude opent niets meer; hij wordt één keer getoond):</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="62"/>
        <source>Compare Photos — {label}</source>
        <translation>Foto&apos;s vergelijken — {label}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="96"/>
        <source>Earlier photo</source>
        <translation>Eerdere foto</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="97"/>
        <source>Later photo</source>
        <translation>Latere foto</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="112"/>
        <source>Both photos, one over the other</source>
        <translation>Beide foto&apos;s over elkaar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="122"/>
        <source>Side by &amp;Side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="123"/>
        <source>&amp;Overlay</source>
        <translation>&amp;Over elkaar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="124"/>
        <source>S&amp;wipe</source>
        <translation>S&amp;chuiven</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="142"/>
        <source>Opacity of the later photo</source>
        <translation>Dekking van de latere foto</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="143"/>
        <source>Position of the dividing line</source>
        <translation>Plaats van de scheidslijn</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="144"/>
        <source>Later photo &amp;opacity:</source>
        <translation>&amp;Dekking van de latere foto:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="146"/>
        <source>&amp;Divider:</source>
        <translation>&amp;Scheidslijn:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="162"/>
        <source>&amp;Fit</source>
        <translation>P&amp;assend</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="164"/>
        <source>Show both photos whole (Ctrl+0)</source>
        <translation>Beide foto&apos;s helemaal tonen (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="167"/>
        <source>&amp;1:1</source>
        <translation>&amp;1:1</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="169"/>
        <source>One photo pixel to one screen pixel (Ctrl+1)</source>
        <translation>Eén fotopixel op één schermpixel (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="179"/>
        <source>&amp;Align by Hand</source>
        <translation>Met de &amp;hand uitlijnen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="183"/>
        <source>&amp;Match Two Points</source>
        <translation>Twee &amp;punten koppelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="194"/>
        <source>Scale of the later photo</source>
        <translation>Grootte van de latere foto</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="195"/>
        <source>Turn of the later photo</source>
        <translation>Draaiing van de latere foto</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="198"/>
        <source>R&amp;eset</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="200"/>
        <source>Au&amp;to-align</source>
        <translation>Automatisch &amp;uitlijnen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="203"/>
        <source>Line the later photo up with the earlier one automatically</source>
        <translation>De latere foto automatisch uitlijnen op de eerdere</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="206"/>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="209"/>
        <source>Ad&amp;just</source>
        <translation>Bijs&amp;tellen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="211"/>
        <source>Adjust the automatic result by hand</source>
        <translation>Het automatische resultaat met de hand bijstellen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="213"/>
        <source>&amp;Save Alignment</source>
        <translation>Uitlijning &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="231"/>
        <source>Scale:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="233"/>
        <source>Turn:</source>
        <translation>Draaien:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="246"/>
        <source>&amp;Earlier:</source>
        <translation>&amp;Eerder:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="248"/>
        <source>&amp;Later:</source>
        <translation>&amp;Later:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="305"/>
        <source>Left: the earlier photo ({earlier}). Right: the later photo ({later}).</source>
        <translation>Links: de eerdere foto ({earlier}). Rechts: de latere foto ({later}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="308"/>
        <source>The later photo ({later}) over the earlier one ({earlier}); the slider sets how much of each shows.</source>
        <translation>De latere foto ({later}) over de eerdere ({earlier}); de schuifregelaar bepaalt hoeveel je van elk ziet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="312"/>
        <source>Left of the line: the earlier photo ({earlier}). Right of the line: the later photo ({later}).</source>
        <translation>Links van de lijn: de eerdere foto ({earlier}). Rechts van de lijn: de latere foto ({later}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="319"/>
        <source>This photo cannot be shown: {error}</source>
        <translation>Deze foto kan niet worden getoond: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="341"/>
        <source>Loading photos…</source>
        <translation>Foto&apos;s worden geladen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="480"/>
        <source>Close without saving the alignment?</source>
        <translation>Sluiten zonder de uitlijning op te slaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="481"/>
        <source>The alignment you made for these two photos will be lost.</source>
        <translation>De uitlijning die je voor deze twee foto&apos;s maakte, gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="488"/>
        <source>Wait until both photos are shown.</source>
        <translation>Wacht tot beide foto&apos;s getoond worden.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="492"/>
        <source>Nothing to undo: no automatic alignment was made here.</source>
        <translation>Niets ongedaan te maken: hier is geen automatische uitlijning gemaakt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="497"/>
        <source>There is no automatic alignment to adjust.</source>
        <translation>Er is geen automatische uitlijning om bij te stellen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="502"/>
        <source>Nothing to save: this alignment is the saved one.</source>
        <translation>Niets op te slaan: deze uitlijning is de opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="506"/>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="568"/>
        <source>Aligning automatically…</source>
        <translation>Automatisch uitlijnen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="515"/>
        <source>Drag to move the later photo; Shift+wheel scales it, Ctrl+wheel turns it.</source>
        <translation>Sleep om de latere foto te verschuiven; Shift+wieltje vergroot of verkleint, Ctrl+wieltje draait.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="521"/>
        <source>The saved alignment is used here and in the doctor summary.</source>
        <translation>De bewaarde uitlijning wordt hier en in het overzicht voor de arts gebruikt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="524"/>
        <source>Not aligned. Photos rarely line up by themselves: align by hand or match two points.</source>
        <translation>Niet uitgelijnd. Foto&apos;s vallen zelden vanzelf samen: lijn ze met de hand uit of koppel twee punten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="528"/>
        <source>Alignment changed and not saved yet.</source>
        <translation>Uitlijning gewijzigd en nog niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="535"/>
        <source>Approximately aligned automatically ({percent}% confidence): check the edges in Overlay or Swipe. Saved and used in the doctor summary.</source>
        <translation>Automatisch, ongeveer uitgelijnd ({percent}% zekerheid): controleer de randen in Over elkaar of Schuiven. Opgeslagen en gebruikt in het overzicht voor de arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="539"/>
        <source>Aligned automatically ({percent}% confidence). Saved and used in the doctor summary.</source>
        <translation>Automatisch uitgelijnd ({percent}% zekerheid). Opgeslagen en gebruikt in het overzicht voor de arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="554"/>
        <source>The alignment was not saved: {reason}</source>
        <translation>De uitlijning is niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="591"/>
        <source>Match two points instead: click a small, sharp feature on the earlier photo (left), point 1 of 2.</source>
        <translation>Koppel in plaats daarvan twee punten: klik op een klein, scherp detail op de eerdere foto (links), punt 1 van 2.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="608"/>
        <source>Automatic alignment is not possible: {error}</source>
        <translation>Automatisch uitlijnen is niet mogelijk: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="633"/>
        <source>Click a small, sharp feature on the earlier photo (left), point 1 of 2.</source>
        <translation>Klik op een klein, scherp herkenningspunt in de eerdere foto (links), punt 1 van 2.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="634"/>
        <source>Now click the same feature on the later photo (right).</source>
        <translation>Klik nu op hetzelfde herkenningspunt in de latere foto (rechts).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="635"/>
        <source>Click a second feature on the earlier photo, well apart from the first.</source>
        <translation>Klik op een tweede herkenningspunt in de eerdere foto, flink ver van het eerste.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="636"/>
        <source>Now click that second feature on the later photo.</source>
        <translation>Klik nu op dat tweede herkenningspunt in de latere foto.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="668"/>
        <source>Those points are too close together. Try again with features further apart.</source>
        <translation>Die punten liggen te dicht bij elkaar. Probeer het opnieuw met punten verder uit elkaar.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/compare/compare_dialog.py" line="676"/>
        <source>Aligned on the two points. Check it in Overlay or Swipe, then save the alignment.</source>
        <translation>Uitgelijnd op de twee punten. Controleer het bij Over elkaar of Schuiven en bewaar dan de uitlijning.</translation>
    </message>
</context>
<context>
    <name>CrashReports</name>
    <message>
        <location filename="../../scar_diary/ui/crash_reports.py" line="70"/>
        <source>Details (without any of your diary&apos;s content) are in {log}.</source>
        <translation>Details (zonder inhoud van je dagboek) staan in {log}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/crash_reports.py" line="78"/>
        <source>Something Went Wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/crash_reports.py" line="79"/>
        <source>Scar Diary ran into an unexpected problem ({name}). What was saved is safe; the last action may not have finished.</source>
        <translation>Scar Diary liep tegen een onverwacht probleem aan ({name}). Wat bewaard is, is veilig; de laatste handeling is misschien niet afgemaakt.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="104"/>
        <source>Left cheek, lower</source>
        <translation>Linkerwang, onder</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="105"/>
        <source>Right cheek, upper</source>
        <translation>Rechterwang, boven</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="106"/>
        <source>Right cheek, near ear</source>
        <translation>Rechterwang, bij het oor</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="107"/>
        <source>Left temple</source>
        <translation>Linkerslaap</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="108"/>
        <source>Forehead, centre</source>
        <translation>Voorhoofd, midden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="109"/>
        <source>Chin</source>
        <translation>Kin</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="120"/>
        <source>{folder} already holds a diary; the sample is only written to an empty folder.</source>
        <translation>In {folder} staat al een dagboek; het voorbeeld wordt alleen in een lege map gezet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="145"/>
        <source>Sam Sample (made-up)</source>
        <translation>Sam Voorbeeld (verzonnen)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="146"/>
        <source>Dr. A. Example</source>
        <translation>Dr. A. Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="147"/>
        <source>Example Skin Clinic</source>
        <translation>Voorbeeld Huidkliniek</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="171"/>
        <source>Baseline, side light from the window.</source>
        <translation>Nulmeting, licht van opzij door het raam.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/demo.py" line="178"/>
        <source>Session {n}; a little bruising.</source>
        <translation>Sessie {n}; een beetje blauw.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../scar_diary/ui/dialogs.py" line="141"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <location filename="../../scar_diary/services/output_paths.py" line="27"/>
        <source>{path} is inside the diary&apos;s own folder; choose a place outside it, so the diary cannot be overwritten.</source>
        <translation>{path} ligt in de map van het dagboek zelf; kies een plek daarbuiten, zodat het dagboek niet kan worden overschreven.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/output_paths.py" line="35"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is een map; geef een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/output_paths.py" line="48"/>
        <source>{path} is inside the diary&apos;s own folder; choose a place outside it.</source>
        <translation>{path} ligt in de map van het dagboek zelf; kies een plek daarbuiten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/profile.py" line="82"/>
        <source>These protocol settings do not fit together: {fields}.</source>
        <translation>Deze protocolinstellingen passen niet bij elkaar: {fields}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/ratings.py" line="31"/>
        <source>Depth</source>
        <translation>Diepte</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/ratings.py" line="32"/>
        <source>Softening</source>
        <translation>Soepelheid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/ratings.py" line="33"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="29"/>
        <source>A visit cannot be marked done on a day still to come ({day}).</source>
        <translation>Een sessie kan niet als gedaan worden gemarkeerd op een dag die nog moet komen ({day}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="53"/>
        <source>A series is already running; end it before starting a new one.</source>
        <translation>Er loopt al een reeks; sluit die af voordat je een nieuwe begint.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="102"/>
        <source>The preparation must have started before the first session ({day}).</source>
        <translation>De voorbereiding moet vóór de eerste behandeling zijn begonnen ({day}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="118"/>
        <source>Only a booked session can be moved.</source>
        <translation>Alleen een geplande sessie kan worden verplaatst.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="185"/>
        <source>A cancelled session cannot be marked done.</source>
        <translation>Een geannuleerde sessie kan niet als gedaan worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="198"/>
        <source>A done session cannot be cancelled.</source>
        <translation>Een gedane sessie kan niet worden geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="212"/>
        <source>A series has from {low} to {high} sessions.</source>
        <translation>Een reeks heeft {low} tot {high} sessies.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="232"/>
        <location filename="../../scar_diary/services/series.py" line="247"/>
        <source>Start a treatment series first.</source>
        <translation>Begin eerst een behandelreeks.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="235"/>
        <source>A boost follows a series that has ended.</source>
        <translation>Een boost volgt op een afgesloten reeks.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/series.py" line="237"/>
        <source>This series has ended: book a boost, or start a new series.</source>
        <translation>Deze reeks is afgesloten: plan een boost, of begin een nieuwe reeks.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="19"/>
        <source>{name} must be a whole number from 0 to 10.</source>
        <translation>{name} moet een heel getal van 0 tot 10 zijn.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="29"/>
        <source>The date {day} is outside the years a diary keeps ({first}–{last}).</source>
        <translation>De datum {day} valt buiten de jaren die een dagboek bijhoudt ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="39"/>
        <source>A rating cannot be dated in the future ({day}).</source>
        <translation>Een beoordeling kan niet in de toekomst liggen ({day}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="47"/>
        <source>Give the scar a name.</source>
        <translation>Geef het litteken een naam.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="55"/>
        <source>The map position is outside the face map.</source>
        <translation>De plek ligt buiten de gezichtskaart.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="61"/>
        <source>There is no scar with id {id}.</source>
        <translation>Er is geen litteken met nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="62"/>
        <source>There is no rating with id {id}.</source>
        <translation>Er is geen beoordeling met nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="63"/>
        <source>There is no session with id {id}.</source>
        <translation>Er is geen sessie met nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/validation.py" line="64"/>
        <source>There is no photo with id {id}.</source>
        <translation>Er is geen foto met nummer {id}.</translation>
    </message>
</context>
<context>
    <name>DiaryController</name>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="126"/>
        <source>Opening the diary…</source>
        <translation>Het dagboek wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="128"/>
        <source>Opening the Diary</source>
        <translation>Het dagboek openen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="129"/>
        <source>Opening and checking your diary…</source>
        <translation>Je dagboek wordt geopend en gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="159"/>
        <source>The diary could not be opened: {error}</source>
        <translation>Het dagboek kon niet worden geopend: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="184"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="192"/>
        <source>Sample Diary</source>
        <translation>Voorbeelddagboek</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="193"/>
        <source>Making the sample diary…</source>
        <translation>Het voorbeelddagboek wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="220"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="245"/>
        <source>Your diary was backed up.</source>
        <translation>Er is een back-up van je dagboek gemaakt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="225"/>
        <source>The automatic backup failed: {error}</source>
        <translation>De automatische back-up is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="240"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="262"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="265"/>
        <source>Back Up</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="241"/>
        <source>No backup was made: {error}</source>
        <translation>Er is geen back-up gemaakt: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="250"/>
        <source>The backup was made, but these photos of your diary are damaged: {photos}. They were not put into the backups.</source>
        <translation>De back-up is gemaakt, maar deze foto&apos;s van je dagboek zijn beschadigd: {photos}. Ze zijn niet in de back-ups gezet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="255"/>
        <source>The backups keep a good copy of {n} of them: Settings → Backups → Repair Photos brings them back.</source>
        <translation>De back-ups bewaren van {n} ervan een goede kopie: Instellingen → Back-ups → Foto&apos;s herstellen haalt ze terug.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="259"/>
        <source>No good copy is kept of: {photos}.</source>
        <translation>Van deze is geen goede kopie bewaard: {photos}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="266"/>
        <source>Backing up your diary and its photos…</source>
        <translation>Back-up maken van je dagboek en je foto&apos;s…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="286"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="302"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="305"/>
        <source>Repair Photos</source>
        <translation>Foto&apos;s herstellen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="288"/>
        <source>{repaired} photos were brought back. These are damaged or missing and the backups have no good copy of them: {photos}.</source>
        <translation>{repaired} foto&apos;s zijn teruggehaald. Deze zijn beschadigd of ontbreken en de back-ups hebben er geen goede kopie van: {photos}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="294"/>
        <source>Photos repaired: {n}. Every photo of the diary is whole.</source>
        <translation>Foto&apos;s hersteld: {n}. Elke foto van het dagboek is heel.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="306"/>
        <source>Checking every photo against its backups…</source>
        <translation>Elke foto wordt vergeleken met de back-ups…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="322"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="328"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="323"/>
        <source>The backups could not be moved there: {error}</source>
        <translation>De back-ups konden daar niet naartoe: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="329"/>
        <source>Moving the backups and their photos…</source>
        <translation>De back-ups en hun foto&apos;s worden verplaatst…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="348"/>
        <source>Backup restored.</source>
        <translation>Back-up teruggezet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="350"/>
        <source>Backup restored without {n} photos that were missing.</source>
        <translation>Back-up teruggezet zonder {n} ontbrekende foto&apos;s.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="363"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="370"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="381"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="420"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="425"/>
        <source>Restore Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="364"/>
        <source>The backup was not restored: {error}. Your diary is as it was.</source>
        <translation>De back-up is niet teruggezet: {error}. Je dagboek is zoals het was.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="371"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="426"/>
        <source>Restoring the backup of {made}…</source>
        <translation>De back-up van {made} wordt teruggezet…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="383"/>
        <source>{n} photos this backup needs are nowhere to be found. Restore its records without them?</source>
        <translation>{n} foto&apos;s die deze back-up nodig heeft zijn nergens te vinden. De gegevens zonder die foto&apos;s terugzetten?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="386"/>
        <source>Nothing was changed yet. The missing photos:
{files}</source>
        <translation>Er is nog niets veranderd. De ontbrekende foto&apos;s:
{files}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="389"/>
        <source>Restore Without Them</source>
        <translation>Zonder die terugzetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="406"/>
        <source>Your diary was restored from the backup of {made}.</source>
        <translation>Je dagboek is teruggezet uit de back-up van {made}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="410"/>
        <source>The damaged file was kept as {kept}.</source>
        <translation>Het beschadigde bestand is bewaard als {kept}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="413"/>
        <source>Diary Restored</source>
        <translation>Dagboek teruggezet</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="421"/>
        <source>The backup could not be restored: {error}</source>
        <translation>De back-up kon niet worden teruggezet: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="445"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="450"/>
        <source>Export Diary</source>
        <translation>Dagboek exporteren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="446"/>
        <source>The diary could not be exported: {error}</source>
        <translation>Het dagboek kon niet worden geëxporteerd: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="451"/>
        <source>Writing the archive…</source>
        <translation>Het archief wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="456"/>
        <source>Diary exported to {path}</source>
        <translation>Dagboek geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="476"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="484"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="497"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="533"/>
        <location filename="../../scar_diary/ui/diary_controller.py" line="540"/>
        <source>Import Diary</source>
        <translation>Dagboek importeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="477"/>
        <source>{problem} Your diary was not changed.</source>
        <translation>{problem} Je dagboek is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="485"/>
        <source>Replace your diary with the one in {name}?</source>
        <translation>Je dagboek vervangen door dat in {name}?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="487"/>
        <source>A backup of your diary as it is now is made first; you can restore it from Settings → Backups.</source>
        <translation>Eerst wordt een back-up gemaakt van je dagboek zoals het nu is; die kun je terugzetten via Instellingen → Back-ups.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="490"/>
        <source>Replace My Diary</source>
        <translation>Mijn dagboek vervangen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="498"/>
        <source>Checking the archive…</source>
        <translation>Het archief wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="522"/>
        <source>Diary imported from {name}</source>
        <translation>Dagboek geïmporteerd uit {name}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="535"/>
        <source>The archive could not be imported: {problem}. Your diary was not changed.</source>
        <translation>Het archief kon niet worden geïmporteerd: {problem}. Je dagboek is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/diary_controller.py" line="541"/>
        <source>Importing {name}…</source>
        <translation>{name} wordt geïmporteerd…</translation>
    </message>
</context>
<context>
    <name>DiaryGuard</name>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="171"/>
        <location filename="../../scar_diary/ui/protection/guard.py" line="239"/>
        <source>Remove Protection</source>
        <translation>Beveiliging verwijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="184"/>
        <location filename="../../scar_diary/ui/protection/guard.py" line="289"/>
        <location filename="../../scar_diary/ui/protection/guard.py" line="308"/>
        <source>Change Passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="229"/>
        <source>Protect This Diary</source>
        <translation>Dit dagboek beveiligen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="230"/>
        <source>Backing up, then encrypting the diary, its photos and backups…</source>
        <translation>Reservekopie maken, daarna het dagboek, de foto&apos;s en de reservekopieën versleutelen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="240"/>
        <source>Backing up, then decrypting the diary, its photos and backups…</source>
        <translation>Reservekopie maken, daarna het dagboek, de foto&apos;s en de reservekopieën ontsleutelen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="243"/>
        <source>The diary is no longer protected with a passphrase.</source>
        <translation>Het dagboek is niet meer met een wachtzin beveiligd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="275"/>
        <source>Nothing was changed: {error}</source>
        <translation>Er is niets veranderd: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="290"/>
        <source>Backing up, then encrypting everything again under a new key…</source>
        <translation>Back-up maken, daarna alles opnieuw versleutelen met een nieuwe sleutel…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="309"/>
        <source>The passphrase was not changed: {error}</source>
        <translation>De wachtzin is niet gewijzigd: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/guard.py" line="315"/>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>De wachtzin is gewijzigd. Je herstelsleutel werkt nog steeds.</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="203"/>
        <source>How did it go? Anything the doctor said?</source>
        <translation>Hoe ging het? Zei de arts nog iets?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="207"/>
        <source>It &amp;happened on:</source>
        <translation>Het &amp;gebeurde op:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="212"/>
        <source>&amp;Scars treated this time:</source>
        <translation>Deze keer behandelde &amp;littekens:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="216"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="220"/>
        <source>Mark Done</source>
        <translation>Als gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="239"/>
        <source>Close without marking the visit done?</source>
        <translation>Sluiten zonder de sessie als gedaan te markeren?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="240"/>
        <source>The date, scars and notes you entered will be lost.</source>
        <translation>De datum, littekens en notities die je invulde gaan verloren.</translation>
    </message>
</context>
<context>
    <name>EndSeriesDialog</name>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="250"/>
        <source>End the Series</source>
        <translation>De reeks beëindigen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="251"/>
        <source>&amp;Completed: the planned sessions are done</source>
        <translation>&amp;Afgerond: de geplande sessies zijn gedaan</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="253"/>
        <source>&amp;Stopped early (for example on the doctor&apos;s advice)</source>
        <translation>&amp;Vroeger gestopt (bijvoorbeeld op advies van de arts)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="265"/>
        <source>&amp;On:</source>
        <translation>&amp;Op:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="271"/>
        <source>When the series helped, whether completed or stopped, the diary suggests maintenance sessions (boosts) at the rate set in Settings, counted from this day.</source>
        <translation>Als de reeks hielp, afgerond of gestopt, stelt het dagboek onderhoudssessies (boosts) voor in het tempo dat bij Instellingen staat, gerekend vanaf deze dag.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/dialogs.py" line="278"/>
        <source>End Series</source>
        <translation>Reeks beëindigen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="68"/>
        <source>There is not enough free space on the disk of {place}: free some and try again; nothing was changed.</source>
        <translation>Er is niet genoeg vrije ruimte op de schijf van {place}: maak ruimte vrij en probeer het opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="91"/>
        <source>Cannot {what}: {reason}; an older file there is left as it was.</source>
        <translation>Kan niet {what}: {reason}; een ouder bestand daar is gebleven zoals het was.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="94"/>
        <source>write {file}</source>
        <translation>{file} schrijven</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="96"/>
        <source>finish</source>
        <translation>afronden</translation>
    </message>
</context>
<context>
    <name>FaceMap</name>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="59"/>
        <source>Face map</source>
        <translation>Gezichtskaart</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="61"/>
        <source>Arrow keys move from scar to scar; Enter edits the selected one.</source>
        <translation>Met de pijltjestoetsen ga je van litteken naar litteken; Enter bewerkt het gekozen litteken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="91"/>
        <source>{count} scars on this view; none selected.</source>
        <translation>{count} littekens in deze weergave; geen gekozen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="96"/>
        <source>Scar {number} of {count}: {label}, {type}, {region}.</source>
        <translation>Litteken {number} van {count}: {label}, {type}, {region}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="104"/>
        <source>This type rarely responds.</source>
        <translation>Dit soort reageert zelden.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="116"/>
        <source>1 on the {view}</source>
        <translation>1 op de {view}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="116"/>
        <source>{n} on the {view}</source>
        <translation>{n} op de {view}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="122"/>
        <source>Also: {parts}.</source>
        <translation>Verder: {parts}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/face_map.py" line="247"/>
        <source>As in a mirror: your left is on the left.</source>
        <translation>Als in een spiegel: jouw links is links.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="49"/>
        <location filename="../../scar_diary/ui/file_actions.py" line="57"/>
        <location filename="../../scar_diary/ui/file_actions.py" line="65"/>
        <source>Export Diary</source>
        <translation>Dagboek exporteren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="50"/>
        <location filename="../../scar_diary/ui/file_actions.py" line="85"/>
        <source>Scar Diary archives (*.zip)</source>
        <translation>Scar Diary-archieven (*.zip)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="66"/>
        <source>Encrypt the archive with this diary&apos;s passphrase?</source>
        <translation>Het archief versleutelen met de wachtzin van dit dagboek?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="68"/>
        <source>&amp;Encrypted</source>
        <translation>&amp;Versleuteld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="70"/>
        <source>&amp;Unencrypted</source>
        <translation>&amp;Onversleuteld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="75"/>
        <source>An encrypted archive opens only with the passphrase or the recovery key. An unencrypted one can be read by anyone who gets the file.</source>
        <translation>Een versleuteld archief gaat alleen open met de wachtzin of de herstelsleutel. Een onversleuteld archief kan iedereen lezen die het bestand in handen krijgt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="84"/>
        <source>Import Diary</source>
        <translation>Dagboek importeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="98"/>
        <location filename="../../scar_diary/ui/file_actions.py" line="109"/>
        <location filename="../../scar_diary/ui/file_actions.py" line="125"/>
        <source>Export Calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="99"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="126"/>
        <source>The calendar could not be saved: {error}</source>
        <translation>De agenda kon niet worden bewaard: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/file_actions.py" line="130"/>
        <source>Calendar saved to {path}</source>
        <translation>Agenda bewaard in {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="311"/>
        <location filename="../../scar_diary/ui/first_run.py" line="440"/>
        <source>Getting Started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="383"/>
        <source>Leave Getting Started</source>
        <translation>Aan de slag verlaten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="384"/>
        <source>Leave the guide now?</source>
        <translation>De gids nu verlaten?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="386"/>
        <source>Finish Later</source>
        <translation>Later afmaken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="387"/>
        <source>Discard Answers</source>
        <translation>Antwoorden weggooien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="390"/>
        <source>Finish Later keeps what you entered: the guide opens again where you left it the next time you start Scar Diary (or from Help → Getting Started). Your passphrase is never kept.</source>
        <translation>Later afmaken bewaart wat je hebt ingevuld: de gids gaat de volgende keer dat je Scar Diary start weer open waar je was (of via Help → Aan de slag). Je wachtzin wordt nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="394"/>
        <source>Keep Editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../scar_diary/ui/guarded_dialog.py" line="45"/>
        <source>Close without saving?</source>
        <translation>Sluiten zonder op te slaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/guarded_dialog.py" line="46"/>
        <source>What you entered will be lost.</source>
        <translation>Wat je hebt ingevuld gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/guarded_dialog.py" line="68"/>
        <source>Discard Changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/guarded_dialog.py" line="71"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/guarded_dialog.py" line="72"/>
        <source>Keep Editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../scar_diary/ui/help_dialogs.py" line="47"/>
        <source>Scar Diary Help</source>
        <translation>Help bij Scar Diary</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/help_dialogs.py" line="51"/>
        <source>Help topics</source>
        <translation>Hulponderwerpen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/help_dialogs.py" line="56"/>
        <source>Help text</source>
        <translation>Hulptekst</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/help_dialogs.py" line="104"/>
        <source>Scar Diary {version}

A private diary for a series of saline injections for acne scars. It is your own record, not medical advice: your doctor decides about your treatment.

Scar Diary makes no network connections, except while you receive photos from your phone, on your own network; your data stays on this computer, in {folder}.

Free software under the MIT licence. Built with Python {python} and {libraries}.</source>
        <translation>Scar Diary {version}

Een privédagboek voor een reeks injecties met zoutoplossing tegen acnelittekens. Het is je eigen dagboek, geen medisch advies: je arts beslist over je behandeling.

Scar Diary maakt geen netwerkverbindingen, behalve zolang je foto’s van je telefoon ontvangt, op je eigen netwerk; je gegevens blijven op deze computer, in {folder}.

Vrije software onder de MIT-licentie. Gemaakt met Python {python} en {libraries}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/help_dialogs.py" line="121"/>
        <source>About Scar Diary</source>
        <translation>Over Scar Diary</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/help_dialogs.py" line="129"/>
        <source>Who Should Give the Injections</source>
        <translation>Wie de injecties geeft</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="41"/>
        <source>How a series works</source>
        <translation>Hoe een reeks werkt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="43"/>
        <source>A small amount of sterile saline (0.9% salt water) is injected just under each scar. The tiny injury makes the skin build new collagen, which lifts the scar from below, slowly, over a series of sessions.</source>
        <translation>Onder elk litteken wordt een kleine hoeveelheid steriele fysiologische zoutoplossing (0,9% zout water) gespoten. Het piepkleine wondje zet de huid aan tot het maken van nieuw collageen, dat het litteken van onderen langzaam opvult, over een reeks sessies.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="50"/>
        <source>Preparation: tretinoin (vitamin A acid) on the scars for at least {days} days before the first session, and your acne fully gone.</source>
        <translation>Voorbereiding: minstens {days} dagen tretinoïne (vitamine A-zuur) op de littekens vóór de eerste sessie, en je acne helemaal weg.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="56"/>
        <source>Preparation: your settings ask for none; your acne fully gone before the first session.</source>
        <translation>Voorbereiding: je instellingen vragen er geen; je acne helemaal weg vóór de eerste sessie.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="61"/>
        <source>Sessions: no sooner than {low} days after the previous one, normally within {high} days.</source>
        <translation>Sessies: niet eerder dan {low} dagen na de vorige, normaal binnen {high} dagen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="66"/>
        <source>A series: {low} to {high} sessions.</source>
        <translation>Een reeks: {low} tot {high} sessies.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="69"/>
        <source>If there is no measurable improvement after {low} sessions, talk with your doctor about stopping; after {high}, more sessions in this series are not expected to help.</source>
        <translation>Is er na {low} sessies geen meetbare verbetering, bespreek dan met je arts of je stopt; na {high} helpen meer sessies in deze reeks naar verwachting niet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="75"/>
        <source>Afterwards the result lasts; maintenance sessions (“boosts”) keep it: at most {n} a year, as set in Settings.</source>
        <translation>Daarna blijft het resultaat; onderhoudssessies (“boosts”) houden het vast: hooguit {n} per jaar, zoals ingesteld bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="80"/>
        <source>About {pct}% improvement is the best to expect; a scar never disappears completely.</source>
        <translation>Ongeveer {pct}% verbetering is het best haalbare; een litteken verdwijnt nooit helemaal.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="87"/>
        <source>These are the article&apos;s values; your clinic may use others. Change them in Settings to match what your doctor told you.</source>
        <translation>Dit zijn de waarden uit het artikel; je kliniek kan andere gebruiken. Pas ze bij Instellingen aan aan wat je arts je vertelde.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="98"/>
        <source>After a session</source>
        <translation>Na een sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="100"/>
        <source>For the first days after a session Today shows what to expect and what to do. In short:</source>
        <translation>In de eerste dagen na een sessie laat Vandaag zien wat je kunt verwachten en wat je doet. In het kort:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="107"/>
        <source>Ratings made in the first {days} days after a visit may show swelling; they are kept, but not used to measure improvement.</source>
        <translation>Beoordelingen uit de eerste {days} dagen na een sessie kunnen zwelling laten zien; ze worden bewaard, maar niet gebruikt om verbetering te meten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="112"/>
        <source>Your clinic&apos;s own instructions can replace this list in Settings.</source>
        <translation>De eigen instructies van je kliniek kunnen deze lijst vervangen, bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="121"/>
        <source>Which scars respond</source>
        <translation>Welke littekens reageren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="123"/>
        <source>Rolling scars, shallow atrophic and shallow boxcar scars and chickenpox scars usually respond; scars on the cheeks respond best.</source>
        <translation>Golvende littekens (rolling), ondiepe atrofische littekens, ondiepe boxcarlittekens en waterpokkenlittekens reageren meestal; littekens op de wangen reageren het best.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="128"/>
        <source>Deep boxcar scars and ice-pick scars hardly respond, if at all. You can still track them: the diary counts them apart, so they do not hide the progress of the others.</source>
        <translation>Diepe boxcarlittekens en ijspriemlittekens reageren nauwelijks of niet. Je kunt ze toch bijhouden: het dagboek telt ze apart, zodat ze de vooruitgang van de andere niet verbergen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="138"/>
        <source>Photos and ratings</source>
        <translation>Foto&apos;s en beoordelingen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="140"/>
        <source>Change is slow and easy to miss. Photos taken the same way every time, and your own ratings, show it:</source>
        <translation>Verandering gaat langzaam en valt makkelijk weg. Foto&apos;s die elke keer op dezelfde manier zijn gemaakt, en je eigen beoordelingen, laten het zien:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="146"/>
        <source>Same place, distance and angle each time; the camera parallel to the skin; no flash.</source>
        <translation>Elke keer dezelfde plek, afstand en hoek; de camera evenwijdig aan de huid; geen flits.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="151"/>
        <source>Bright, indirect light for colour; low light from one side to show the depth of rolling scars.</source>
        <translation>Fel, indirect licht voor de kleur; laag licht van opzij om de diepte van golvende littekens te laten zien.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="156"/>
        <source>Depth: 0 is level with the skin around it, 10 the deepest. Softening: 0 is firm and tethered, 10 soft and moving freely.</source>
        <translation>Diepte: 0 is gelijk met de huid eromheen, 10 het diepst. Soepelheid: 0 is stevig en vastgetrokken, 10 zacht en vrij beweeglijk.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="161"/>
        <source>Rate every scar before the first session: that is the baseline improvement is measured against.</source>
        <translation>Beoordeel elk litteken vóór de eerste sessie: dat is de nulmeting waartegen verbetering wordt gemeten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="171"/>
        <source>Questions for your doctor</source>
        <translation>Vragen voor je arts</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="173"/>
        <source>Some questions people ask; write your own on the Report page and they are printed in your summary:</source>
        <translation>Een paar vragen die mensen stellen; schrijf je eigen vragen op de pagina Overzicht, dan komen ze in je overzicht:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="179"/>
        <source>Which of my scars do you expect to respond?</source>
        <translation>Van welke littekens verwacht u dat ze reageren?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="180"/>
        <source>How many sessions do you plan, and how far apart?</source>
        <translation>Hoeveel sessies plant u, en met hoeveel tijd ertussen?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="181"/>
        <source>Should I use tretinoin before, and pause it around each session?</source>
        <translation>Moet ik vooraf tretinoïne gebruiken, en daarmee rond elke sessie stoppen?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="184"/>
        <source>What should I avoid in the days after a session?</source>
        <translation>Wat moet ik vermijden in de dagen na een sessie?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="185"/>
        <source>When would you suggest stopping?</source>
        <translation>Wanneer zou u voorstellen te stoppen?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="186"/>
        <source>How often should I come back for a boost?</source>
        <translation>Hoe vaak moet ik terugkomen voor een boost?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="192"/>
        <source>Your data and backups</source>
        <translation>Je gegevens en back-ups</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="194"/>
        <source>Everything stays on this computer; Scar Diary makes no network connections, except while the Receive from Phone window is open (on your own network only). Your diary and photos are in {folder}.</source>
        <translation>Alles blijft op deze computer; Scar Diary maakt geen netwerkverbindingen, behalve zolang het venster Ontvangen van telefoon open is (alleen op je eigen netwerk). Je dagboek en foto’s staan in {folder}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="200"/>
        <source>A backup is made every day the diary is opened, and before every update, import and restore, in {folder}. Settings lists them; restore one there. Keep a copy elsewhere too: File → Export Diary writes one archive with everything.</source>
        <translation>Elke dag dat het dagboek opengaat wordt een back-up gemaakt, en vóór elke update, import en elk terugzetten, in {folder}. Instellingen toont ze; daar zet je er een terug. Bewaar ook elders een kopie: Bestand → Dagboek exporteren schrijft één archief met alles erin.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="207"/>
        <source>Exported photos lose their location and camera details unless you choose otherwise in Settings.</source>
        <translation>Geëxporteerde foto&apos;s verliezen hun locatie- en cameragegevens, tenzij je bij Instellingen anders kiest.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="216"/>
        <source>Who should give the injections</source>
        <translation>Wie de injecties geeft</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="221"/>
        <source>Keyboard</source>
        <translation>Toetsenbord</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="223"/>
        <source>Everything works from the keyboard:</source>
        <translation>Alles werkt met het toetsenbord:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="225"/>
        <source>Ctrl+1 to Ctrl+6: the pages, from Today to Settings.</source>
        <translation>Ctrl+1 tot Ctrl+6: de pagina&apos;s, van Vandaag tot Instellingen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="226"/>
        <source>Ctrl+R: rate your scars. Ctrl+N: add a scar.</source>
        <translation>Ctrl+R: je littekens beoordelen. Ctrl+N: een litteken toevoegen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="227"/>
        <source>On the face map, the arrow keys move from scar to scar; Enter edits the selected one.</source>
        <translation>Op de gezichtskaart ga je met de pijltjestoetsen van litteken naar litteken; Enter bewerkt het gekozen litteken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="232"/>
        <source>Alt and the underlined letter: a button or menu.</source>
        <translation>Alt en de onderstreepte letter: een knop of menu.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/help.py" line="233"/>
        <source>F1: this help. Ctrl+Z and Ctrl+Shift+Z: undo, redo.</source>
        <translation>F1: deze hulp. Ctrl+Z en Ctrl+Shift+Z: ongedaan maken, opnieuw.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="18"/>
        <source>“{who}” wants to send 1 photo, {size} MB.</source>
        <translation>“{who}” wil 1 foto sturen, {size} MB.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="20"/>
        <source>“{who}” wants to send {n} photos, {size} MB.</source>
        <translation>“{who}” wil {n} foto’s sturen, {size} MB.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="26"/>
        <source>1 file left out: not a photo the diary takes, or too large.</source>
        <translation>1 bestand weggelaten: geen foto die het dagboek aanneemt, of te groot.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="27"/>
        <source>{n} files left out: not photos the diary takes, or too large.</source>
        <translation>{n} bestanden weggelaten: geen foto’s die het dagboek aanneemt, of te groot.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="34"/>
        <source>&amp;Add 1 Photo to Its Scar</source>
        <translation>1 foto &amp;toevoegen aan zijn litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="35"/>
        <source>&amp;Add {n} Photos to Their Scars</source>
        <translation>{n} foto’s &amp;toevoegen aan hun littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="40"/>
        <source>1 photo added to its scar.</source>
        <translation>1 foto toegevoegd aan zijn litteken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="41"/>
        <source>{n} photos added to their scars.</source>
        <translation>{n} foto’s toegevoegd aan hun littekens.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="46"/>
        <source>Discard 1 photo from the inbox?</source>
        <translation>1 foto uit de inbox weggooien?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="47"/>
        <source>Discard {n} photos from the inbox?</source>
        <translation>{n} foto’s uit de inbox weggooien?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="52"/>
        <source>Discard Photo</source>
        <translation>Foto weggooien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="53"/>
        <source>Discard {n} Photos</source>
        <translation>{n} foto’s weggooien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="59"/>
        <source>1 photo from your phone is waiting for its scar.</source>
        <translation>1 foto van je telefoon wacht op zijn litteken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="60"/>
        <source>{n} photos from your phone are waiting for their scars.</source>
        <translation>{n} foto’s van je telefoon wachten op hun littekens.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="71"/>
        <source>Photos waiting</source>
        <translation>Foto’s wachten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/inbox.py" line="73"/>
        <source>Open &amp;Inbox</source>
        <translation>&amp;Inbox openen</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="80"/>
        <source>Photos you send from your phone (Receive from Phone) or that appear in your watched folder wait here. Give each one its scar: the diary suggests the scar whose newest photo shows the same skin.</source>
        <translation>Foto’s die je vanaf je telefoon stuurt (Ontvangen van telefoon) of die in je gevolgde map verschijnen, wachten hier. Geef elke foto zijn litteken: het dagboek stelt het litteken voor waarvan de nieuwste foto dezelfde huid toont.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="86"/>
        <source>&amp;Receive from Phone…</source>
        <translation>&amp;Ontvangen van telefoon…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="89"/>
        <location filename="../../scar_diary/ui/inbox/page.py" line="334"/>
        <source>&amp;Add to Chosen Scars</source>
        <translation>&amp;Toevoegen aan gekozen littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="93"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Weggooien…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="97"/>
        <source>Waiting for a scar</source>
        <translation>Wachten op een litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="100"/>
        <source>Photos waiting for a scar</source>
        <translation>Foto’s die op een litteken wachten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="103"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="104"/>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="105"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="106"/>
        <source>Scar</source>
        <translation>Litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="107"/>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="120"/>
        <source>No photos are waiting. Open Receive from Phone and send photos with LocalSend on your phone, or choose a watched folder in Settings.</source>
        <translation>Er wachten geen foto’s. Open Ontvangen van telefoon en stuur foto’s met LocalSend op je telefoon, of kies een gevolgde map in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="220"/>
        <source>Scar for {name}</source>
        <translation>Litteken voor {name}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="221"/>
        <source>Choose a scar…</source>
        <translation>Kies een litteken…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="307"/>
        <source>Looking…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="307"/>
        <source>Add a scar first</source>
        <translation>Voeg eerst een litteken toe</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="309"/>
        <source>No match: choose</source>
        <translation>Geen overeenkomst: kies zelf</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="313"/>
        <source>{scar} ({percent} % sure)</source>
        <translation>{scar} ({percent} % zeker)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="315"/>
        <source>{scar}? Check it ({percent} %)</source>
        <translation>{scar}? Controleer het ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="327"/>
        <source>Choose a scar for a photo first.</source>
        <translation>Kies eerst een litteken voor een foto.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="329"/>
        <source>No photos are waiting.</source>
        <translation>Er wachten geen foto’s.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="339"/>
        <source>Select the photos to discard first.</source>
        <translation>Selecteer eerst de foto’s die weg moeten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="348"/>
        <source>Adding the photos…</source>
        <translation>De foto’s worden toegevoegd…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="407"/>
        <source>Discard Photos</source>
        <translation>Foto’s weggooien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/page.py" line="410"/>
        <source>They are not added to any scar. The photos on your phone or in the watched folder stay where they are.</source>
        <translation>Ze worden aan geen enkel litteken toegevoegd. De foto’s op je telefoon of in de gevolgde map blijven waar ze zijn.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../scar_diary/ui/inbox/intake.py" line="42"/>
        <source>{name} was not put in the inbox: {reason}</source>
        <translation>{name} is niet in de inbox gezet: {reason}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../scar_diary/ui/protection/lock_screen.py" line="20"/>
        <source>This diary is locked</source>
        <translation>Dit dagboek is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/lock_screen.py" line="27"/>
        <source>It is protected with a passphrase. Type it to open the diary; the recovery key works here too.</source>
        <translation>Het is beveiligd met een wachtzin. Typ die om het dagboek te openen; de herstelsleutel werkt hier ook.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/lock_screen.py" line="36"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/lock_screen.py" line="37"/>
        <source>Passphrase or recovery key</source>
        <translation>Wachtzin of herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/lock_screen.py" line="39"/>
        <location filename="../../scar_diary/ui/protection/lock_screen.py" line="101"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/lock_screen.py" line="101"/>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="97"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/page_registry.py" line="29"/>
        <source>Scars</source>
        <translation>Littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/page_registry.py" line="31"/>
        <source>Visits</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/page_registry.py" line="33"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/page_registry.py" line="35"/>
        <source>Report</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/page_registry.py" line="38"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/page_registry.py" line="41"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="157"/>
        <source>{page} ({count})</source>
        <translation>{page} ({count})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="277"/>
        <source>{app} — Sample Diary</source>
        <translation>{app} — voorbeelddagboek</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="319"/>
        <source>{app} — Locked</source>
        <translation>{app} — Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="336"/>
        <source>Diary Not Protected</source>
        <translation>Dagboek niet beveiligd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="338"/>
        <source>Open It Anyway</source>
        <translation>Toch openen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="339"/>
        <source>Keep It Closed</source>
        <translation>Gesloten houden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="348"/>
        <source>Cannot Open Diary</source>
        <translation>Dagboek kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/main_window.py" line="409"/>
        <source>Finishing… Scar Diary closes when it is done.</source>
        <translation>Bezig met afronden… Scar Diary sluit zodra dat klaar is.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="52"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="54"/>
        <source>Open &amp;My Diary</source>
        <translation>&amp;Mijn dagboek openen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="55"/>
        <source>Open &amp;Sample Diary</source>
        <translation>&amp;Voorbeelddagboek openen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="57"/>
        <source>&amp;Import Diary…</source>
        <translation>Dagboek &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="59"/>
        <source>&amp;Lock Diary</source>
        <translation>Dagboek &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="62"/>
        <source>&amp;Export Diary…</source>
        <translation>Dagboek &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="64"/>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Agenda exporteren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="80"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="83"/>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="88"/>
        <source>&amp;Diary</source>
        <translation>&amp;Dagboek</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="90"/>
        <source>&amp;Rate My Scars…</source>
        <translation>Mijn littekens &amp;beoordelen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="92"/>
        <source>&amp;Add Scar…</source>
        <translation>Litteken &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="93"/>
        <source>Photo &amp;Guide</source>
        <translation>&amp;Fotogids</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="95"/>
        <source>Receive from &amp;Phone…</source>
        <translation>Ontvangen van &amp;telefoon…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="109"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="116"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="121"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="122"/>
        <source>Scar Diary &amp;Help</source>
        <translation>&amp;Help bij Scar Diary</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="127"/>
        <source>&amp;Getting Started…</source>
        <translation>&amp;Aan de slag…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="132"/>
        <source>&amp;Who Should Give the Injections</source>
        <translation>&amp;Wie de injecties geeft</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/menus.py" line="136"/>
        <source>&amp;About Scar Diary</source>
        <translation>&amp;Over Scar Diary</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../scar_diary/ui/navigation.py" line="14"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
</context>
<context>
    <name>OpenError</name>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="30"/>
        <source>the diary is busy: another program is writing to it; try again in a moment</source>
        <translation>het dagboek is bezig: een ander programma schrijft erin; probeer het zo nog eens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="116"/>
        <source>{path} was saved by a newer version of Scar Diary. Install the newer version to open it; this version left the file untouched.</source>
        <translation>{path} is bewaard met een nieuwere versie van Scar Diary. Installeer de nieuwere versie om het te openen; deze versie heeft het bestand niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="122"/>
        <source>{path} is damaged and cannot be read safely ({detail}). It was not changed; keep it and restore your diary from a backup.</source>
        <translation>{path} is beschadigd en kan niet veilig worden gelezen ({detail}). Er is niets veranderd; bewaar het bestand en zet je dagboek terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="128"/>
        <source>The diary file {path} is empty: something cut it short, so it holds no diary. Nothing was started over it; restore your diary from a backup, or move the empty file away to start a new diary.</source>
        <translation>Het dagboekbestand {path} is leeg: iets heeft het afgebroken, dus er staat geen dagboek in. Er is niets overheen begonnen; zet uw dagboek terug uit een back-up, of verplaats het lege bestand om een nieuw dagboek te beginnen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="135"/>
        <source>The diary file {path} is missing or empty ({detail}), although photos or backups show a diary was kept there. Nothing was started over it; restore your diary from a backup.</source>
        <translation>Het dagboekbestand {path} ontbreekt of is leeg ({detail}), terwijl foto&apos;s of back-ups laten zien dat daar een dagboek werd bijgehouden. Er is niets overheen begonnen; zet je dagboek terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="142"/>
        <source>{path} cannot be written ({detail}): the file or its folder is read-only. Scar Diary does not change its permissions; make it writable, or copy the folder to a place you can write to.</source>
        <translation>{path} kan niet worden beschreven ({detail}): het bestand of de map is alleen-lezen. Scar Diary verandert de rechten niet; maak het beschrijfbaar, of kopieer de map naar een plek waar je kunt schrijven.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="149"/>
        <source>{path} could not be written ({detail}): its disk may have become read-only, or be failing. Nothing was saved and the diary is as it was; check the disk, then try again.</source>
        <translation>{path} kon niet worden geschreven ({detail}): de schijf is misschien alleen-lezen geworden of raakt defect. Er is niets opgeslagen en het dagboek is zoals het was; controleer de schijf en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="156"/>
        <source>{path} is a database, but not a Scar Diary; it was not changed.</source>
        <translation>{path} is een database, maar geen Scar Diary; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="160"/>
        <source>Updating {path} to this version failed ({detail}). The file was left as it was and a backup copy is in the backups folder beside it.</source>
        <translation>Het bijwerken van {path} naar deze versie is mislukt ({detail}). Het bestand is gebleven zoals het was en er staat een back-up in de back-upmap ernaast.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="166"/>
        <source>The diary in {path} was protected with a passphrase, but its key file (diary.key) is gone while its photos are still encrypted. It was not opened as an unprotected diary. Put diary.key back from a copy of the folder, or restore the folder from a backup.</source>
        <translation>Het dagboek in {path} was beveiligd met een wachtzin, maar het sleutelbestand (diary.key) is weg terwijl de foto&apos;s nog versleuteld zijn. Het is niet als onbeveiligd dagboek geopend. Zet diary.key terug uit een kopie van de map, of zet de map terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="174"/>
        <source>The diary in {path} is being encrypted or decrypted by another Scar Diary program right now. Nothing was changed; try again when it has finished.</source>
        <translation>Het dagboek in {path} wordt op dit moment door een ander Scar Diary-programma versleuteld of ontsleuteld. Er is niets veranderd; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="180"/>
        <source>An interrupted encryption or decryption of the diary in {path} cannot be finished: {detail}. Nothing was moved; the diary is as it was. Restore it from a backup, or ask for help before you change the folder.</source>
        <translation>Een onderbroken versleuteling of ontsleuteling van het dagboek in {path} kan niet worden afgemaakt: {detail}. Er is niets verplaatst; het dagboek is zoals het was. Zet het terug vanuit een reservekopie, of vraag hulp voordat je de map verandert.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="187"/>
        <source>The diary in {path} is protected with a passphrase; unlock it first.</source>
        <translation>Het dagboek in {path} is beveiligd met een wachtzin; ontgrendel het eerst.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="191"/>
        <source>The data folder {path} cannot be used: {detail}.</source>
        <translation>De gegevensmap {path} kan niet worden gebruikt: {detail}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="194"/>
        <source>{path} cannot be opened: {detail}.</source>
        <translation>{path} kan niet worden geopend: {detail}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="47"/>
        <source>Protect This Diary</source>
        <translation>Dit dagboek beveiligen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="48"/>
        <source>Remove Protection</source>
        <translation>Beveiliging verwijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="49"/>
        <source>Change Passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="50"/>
        <source>Encrypted Archive</source>
        <translation>Versleuteld archief</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="69"/>
        <source>The diary, its photos and backups will be stored unencrypted again, readable by anyone who gets the files. A backup is made first. Type the passphrase (or the recovery key) to go on.</source>
        <translation>Het dagboek, de foto&apos;s en de reservekopieën worden weer onversleuteld bewaard, leesbaar voor iedereen die de bestanden in handen krijgt. Eerst wordt een reservekopie gemaakt. Typ de wachtzin (of de herstelsleutel) om door te gaan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="74"/>
        <source>The diary, its photos and backups are encrypted again under a new key, after a backup, and you get a new recovery key: an old copy of the key file, or the old recovery key, then opens nothing of the diary as it is.</source>
        <translation>Het dagboek, de foto&apos;s en de back-ups worden na een back-up opnieuw versleuteld met een nieuwe sleutel, en je krijgt een nieuwe herstelsleutel: een oude kopie van het sleutelbestand, of de oude herstelsleutel, opent dan niets meer van het dagboek zoals het nu is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="79"/>
        <source>This archive is encrypted. Type the passphrase (or the recovery key) of the diary it was made from.</source>
        <translation>Dit archief is versleuteld. Typ de wachtzin (of de herstelsleutel) van het dagboek waaruit het gemaakt is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="88"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtzin:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="90"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="92"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtzin:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="93"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nog een keer:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="96"/>
        <source>&amp;Quick change: keep the key, change only the passphrase (the recovery key keeps working)</source>
        <translation>&amp;Snel wijzigen: de sleutel houden, alleen de wachtzin veranderen (de herstelsleutel blijft werken)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="114"/>
        <source>&amp;Protect Diary</source>
        <translation>Dagboek &amp;beveiligen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="115"/>
        <source>&amp;Remove Protection</source>
        <translation>Beveiliging &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="116"/>
        <source>C&amp;hange Passphrase</source>
        <translation>Wachtzin &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="117"/>
        <source>&amp;Open Archive</source>
        <translation>Archief &amp;openen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/passphrase_dialog.py" line="126"/>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtzin.</translation>
    </message>
</context>
<context>
    <name>PhoneBox</name>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="35"/>
        <source>Photos from your phone</source>
        <translation>Foto’s van je telefoon</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="45"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="49"/>
        <source>Let a phone that cannot encrypt send over plain HTTP (not recommended)</source>
        <translation>Een telefoon die niet kan versleutelen via gewone HTTP laten sturen (niet aangeraden)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="58"/>
        <source>C&amp;hoose Folder…</source>
        <translation>Map &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="60"/>
        <source>Stop &amp;Watching</source>
        <translation>&amp;Niet meer volgen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="68"/>
        <source>New photos in the watched folder (one your phone&apos;s sync app fills, such as Syncthing or Nextcloud) wait in the Inbox. The folder itself is only read.</source>
        <translation>Nieuwe foto’s in de gevolgde map (een map die de synchronisatie-app van je telefoon vult, zoals Syncthing of Nextcloud) wachten in de Inbox. De map zelf wordt alleen gelezen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="76"/>
        <source>Name phones see:</source>
        <translation>Naam die telefoons zien:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="77"/>
        <source>PIN phones must give:</source>
        <translation>Pincode die telefoons moeten geven:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="79"/>
        <source>Watched folder:</source>
        <translation>Gevolgde map:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="85"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="86"/>
        <source>No folder is watched.</source>
        <translation>Er wordt geen map gevolgd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/phone_box.py" line="89"/>
        <source>Choose the Folder to Watch</source>
        <translation>Kies de map om te volgen</translation>
    </message>
</context>
<context>
    <name>PhotoDateDialog</name>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="41"/>
        <source>Photo Date</source>
        <translation>Fotodatum</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="54"/>
        <source>&amp;Taken on:</source>
        <translation>&amp;Gemaakt op:</translation>
    </message>
</context>
<context>
    <name>PhotoGuide</name>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="13"/>
        <source>Taking Comparable Photos</source>
        <translation>Vergelijkbare foto&apos;s maken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="15"/>
        <source>Same place, same distance, same angle every time; a mark on the floor helps.</source>
        <translation>Elke keer dezelfde plek, afstand en hoek; een merkteken op de vloer helpt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="16"/>
        <source>Hold the camera parallel to the skin, not tilted.</source>
        <translation>Houd de camera evenwijdig aan de huid, niet scheef.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="17"/>
        <source>No flash: it flattens the skin and hides depth.</source>
        <translation>Geen flits: die maakt de huid plat en verbergt diepte.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="19"/>
        <source>For colour, use bright light that does not shine straight at you (a window to the side, on a cloudy day).</source>
        <translation>Gebruik voor de kleur fel licht dat niet recht op je schijnt (een raam opzij, op een bewolkte dag).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="23"/>
        <source>For depth, add one photo with low light from one side: it casts small shadows in rolling scars and shows how deep they are.</source>
        <translation>Maak voor de diepte één foto met laag licht van opzij: dat geeft kleine schaduwen in golvende littekens en laat zien hoe diep ze zijn.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="26"/>
        <source>A plain background; hair and jewellery out of the way.</source>
        <translation>Een rustige achtergrond; haar en sieraden uit beeld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="28"/>
        <source>Take the photos at about the same time of day, before a session and a few days after it.</source>
        <translation>Maak de foto&apos;s op ongeveer hetzelfde tijdstip van de dag, vóór een sessie en een paar dagen erna.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_guide.py" line="36"/>
        <source>Photos only show change when they are taken the same way each time.</source>
        <translation>Foto&apos;s laten alleen verandering zien als ze elke keer op dezelfde manier zijn gemaakt.</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <location filename="../../scar_diary/services/image_checks.py" line="85"/>
        <source>unsupported format ({format})</source>
        <translation>niet ondersteund formaat ({format})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/image_checks.py" line="93"/>
        <source>unsupported colour mode ({mode})</source>
        <translation>niet ondersteunde kleurmodus ({mode})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/image_checks.py" line="104"/>
        <source>the image is too large (more than {mp} megapixels)</source>
        <translation>de afbeelding is te groot (meer dan {mp} megapixel)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/image_checks.py" line="110"/>
        <source>not an image, or a kind of image the diary cannot read</source>
        <translation>geen afbeelding, of een soort afbeelding die het dagboek niet kan lezen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/image_checks.py" line="114"/>
        <source>the image is damaged or incomplete ({error})</source>
        <translation>de afbeelding is beschadigd of onvolledig ({error})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/image_checks.py" line="149"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/image_checks.py" line="151"/>
        <location filename="../../scar_diary/services/photo_import.py" line="48"/>
        <location filename="../../scar_diary/services/photo_import.py" line="66"/>
        <source>the file is larger than 200 MB</source>
        <translation>het bestand is groter dan 200 MB</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/photo_import.py" line="46"/>
        <source>not a file</source>
        <translation>geen bestand</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/photo_import.py" line="54"/>
        <source>cannot be read: {error}</source>
        <translation>kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/services/photo_import.py" line="77"/>
        <location filename="../../scar_diary/services/photo_import.py" line="87"/>
        <source>cannot be saved in the diary: {error}</source>
        <translation>kan niet in het dagboek worden bewaard: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="40"/>
        <source>Importing photos…</source>
        <translation>Foto&apos;s worden geïmporteerd…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="40"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="43"/>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="213"/>
        <source>Import Photos</source>
        <translation>Foto&apos;s importeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="83"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="133"/>
        <source>not recorded in the diary: {error}</source>
        <translation>niet in het dagboek vastgelegd: {error}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="151"/>
        <source>Imported {done} of {total} photos…</source>
        <translation>{done} van {total} foto&apos;s geïmporteerd…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="176"/>
        <source>{n} imported</source>
        <translation>{n} geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="179"/>
        <source>{n} already in the diary</source>
        <translation>{n} stonden al in het dagboek</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="185"/>
        <source>{n} not imported ({names})</source>
        <translation>{n} niet geïmporteerd ({names})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="205"/>
        <source>{names} and {n} more</source>
        <translation>{names} en nog {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_import_job.py" line="191"/>
        <source>The import was cancelled.</source>
        <translation>De import is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>PhotoTimeline</name>
    <message>
        <location filename="../../scar_diary/ui/scars/photo_timeline.py" line="248"/>
        <source>Photo timeline</source>
        <translation>Fototijdlijn</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="38"/>
        <source>The photo {file} cannot be read ({reason}). Nothing was changed. Restore the diary&apos;s photos from a backup (Settings → Backups, or `scar-diary restore`), or delete that photo from its scar.</source>
        <translation>De foto {file} kan niet worden gelezen ({reason}). Er is niets veranderd. Zet de foto&apos;s van het dagboek terug vanuit een back-up (Instellingen → Back-ups, of `scar-diary restore`), of verwijder die foto bij zijn litteken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="49"/>
        <source>the file is missing</source>
        <translation>het bestand ontbreekt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="50"/>
        <source>it does not decrypt with this diary&apos;s key</source>
        <translation>hij laat zich niet ontsleutelen met de sleutel van dit dagboek</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/error_messages.py" line="53"/>
        <source>its content does not match its name</source>
        <translation>de inhoud past niet bij de naam</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../scar_diary/cli/main.py" line="228"/>
        <location filename="../../scar_diary/ui/problems.py" line="27"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/problems.py" line="49"/>
        <source>Not Saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/problems.py" line="88"/>
        <source>What you entered is still here.</source>
        <translation>Wat je hebt ingevuld staat er nog.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="125"/>
        <source>by date</source>
        <translation>per datum</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="126"/>
        <source>by session</source>
        <translation>per sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="128"/>
        <source>this series</source>
        <translation>deze reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="129"/>
        <source>full history</source>
        <translation>hele geschiedenis</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="130"/>
        <source>Fixed 0–10 scale</source>
        <translation>Vaste schaal 0–10</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="134"/>
        <source>Scar:</source>
        <translation>Litteken:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="135"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="136"/>
        <source>for</source>
        <translation>gedurende</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="142"/>
        <source>The series</source>
        <translation>De reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="144"/>
        <source>Each scar</source>
        <translation>Elk litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="146"/>
        <source>One scar over time</source>
        <translation>Eén litteken door de tijd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="189"/>
        <source>Rate your scars to see progress: before your first session (the baseline) and again a few days after each session.</source>
        <translation>Beoordeel je littekens om vooruitgang te zien: vóór je eerste sessie (de nulmeting) en opnieuw een paar dagen na elke sessie.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="202"/>
        <source>Improvement shows here once a session is done and you have rated your scars again after it.</source>
        <translation>Verbetering verschijnt hier zodra er een sessie gedaan is en je je littekens daarna opnieuw hebt beoordeeld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="217"/>
        <source>Each scar&apos;s improvement shows here once it has a rating after its baseline.</source>
        <translation>De verbetering per litteken verschijnt hier zodra het een beoordeling na de nulmeting heeft.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/progress/page.py" line="236"/>
        <source>This scar has no ratings yet.</source>
        <translation>Dit litteken heeft nog geen beoordelingen.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../scar_diary/wording/protection.py" line="14"/>
        <source>With a passphrase, everything Scar Diary keeps on this computer (the diary, your photos, their thumbnails and the backups) is stored encrypted, so someone who gets the files from a lost laptop, a shared account or a synced folder sees only scrambled data. You type the passphrase when Scar Diary starts and after it locks itself. Nobody can reset a forgotten passphrase: the recovery key you are shown once is then the only way in, and without either the diary and its photos are lost for good.</source>
        <translation>Met een wachtzin bewaart Scar Diary alles op deze computer versleuteld (het dagboek, je foto&apos;s, hun miniaturen en de reservekopieën), zodat iemand die de bestanden krijgt via een verloren laptop, een gedeeld account of een gesynchroniseerde map alleen onleesbare gegevens ziet. Je typt de wachtzin als Scar Diary start en nadat het zichzelf heeft vergrendeld. Niemand kan een vergeten wachtzin herstellen: de herstelsleutel die je één keer te zien krijgt is dan de enige weg naar binnen, en zonder een van beide zijn het dagboek en de foto&apos;s voorgoed verloren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/protection.py" line="27"/>
        <source>This recovery key opens your diary if you forget the passphrase. Write it down or print it, and keep it somewhere safe away from this computer. It is shown only now; Scar Diary does not keep it.</source>
        <translation>Deze herstelsleutel opent je dagboek als je de wachtzin vergeet. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek, niet bij deze computer. Hij wordt alleen nu getoond; Scar Diary bewaart hem niet.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/protection.py" line="36"/>
        <source>Use at least {n} characters; a few unrelated words are best.</source>
        <translation>Gebruik minstens {n} tekens; een paar losse woorden is het best.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/protection.py" line="42"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/protection.py" line="46"/>
        <source>That is not the passphrase or the recovery key of this diary.</source>
        <translation>Dat is niet de wachtzin of de herstelsleutel van dit dagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/protection.py" line="50"/>
        <source>The diary&apos;s key file (diary.key in its folder) is damaged, so no passphrase can open the diary. Nothing was changed; put back that file from a copy of the folder.</source>
        <translation>Het sleutelbestand van het dagboek (diary.key in de map) is beschadigd, dus geen wachtzin kan het dagboek openen. Er is niets veranderd; zet dat bestand terug uit een kopie van de map.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/remembered.py" line="41"/>
        <source>The diary in {folder} was protected with a passphrase when Scar Diary last had it open; now it opens without one. It was not opened: someone may have put another diary in its place. If you removed the protection yourself (scar-diary decrypt), open it anyway; otherwise restore the folder from a copy you trust.</source>
        <translation>Het dagboek in {folder} was met een wachtzin beveiligd toen Scar Diary het de vorige keer open had; nu opent het zonder. Het is niet geopend: misschien heeft iemand er een ander dagboek neergezet. Heb je de beveiliging zelf verwijderd (scar-diary decrypt), open het dan toch; zet anders de map terug vanuit een kopie die je vertrouwt.</translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="33"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="38"/>
        <source>&amp;Protect this diary with a passphrase</source>
        <translation>Dit dagboek met een wachtzin &amp;beveiligen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="40"/>
        <source>C&amp;hange Passphrase…</source>
        <translation>Wachtzin &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="42"/>
        <source>&amp;Lock Now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="45"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="45"/>
        <source> minute</source>
        <translation> minuut</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="48"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="49"/>
        <source>Lock also when the window is &amp;minimised</source>
        <translation>Ook vergrendelen als het venster &amp;geminimaliseerd wordt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="52"/>
        <source>The sample diary is made up, so it cannot be protected.</source>
        <translation>Het voorbeelddagboek is verzonnen en kan dus niet beveiligd worden.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="66"/>
        <source>Lock when not used for:</source>
        <translation>Vergrendelen na inactiviteit van:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="69"/>
        <source>It also locks when your screen locks or the computer goes to sleep.</source>
        <translation>Het vergrendelt ook als je scherm vergrendelt of de computer in slaapstand gaat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="84"/>
        <source>The sample diary cannot be protected.</source>
        <translation>Het voorbeelddagboek kan niet worden beveiligd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/protection_box.py" line="87"/>
        <source>Only for a diary protected with a passphrase.</source>
        <translation>Alleen voor een dagboek dat met een wachtzin is beveiligd.</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="157"/>
        <source>Rate My Scars</source>
        <translation>Mijn littekens beoordelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="170"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="186"/>
        <source>Add a scar on the Scars page first.</source>
        <translation>Voeg eerst een litteken toe op de pagina Littekens.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="194"/>
        <source>Tip: Tab moves between scales; the number keys 0–9 set a value (+ for 10), arrow keys move it, Delete clears it. Scars you leave unrated are not saved. Rate in the same light each time.</source>
        <translation>Tip: Tab gaat van schaal naar schaal; de cijfertoetsen 0–9 zetten een waarde (+ voor 10), de pijltjestoetsen verschuiven die, Delete wist haar. Littekens die je niet beoordeelt worden niet bewaard. Beoordeel elke keer in hetzelfde licht.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="234"/>
        <source>Close without saving these ratings?</source>
        <translation>Sluiten zonder deze beoordelingen op te slaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="235"/>
        <source>The scores and notes you entered will be lost.</source>
        <translation>De scores en notities die je hebt ingevuld gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="250"/>
        <source>Rate both depth and softening for: {scars}.</source>
        <translation>Beoordeel zowel diepte als soepelheid voor: {scars}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="254"/>
        <source>Rate the depth and softening of at least one scar to save.</source>
        <translation>Beoordeel de diepte en soepelheid van minstens één litteken om te bewaren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="274"/>
        <source>Ratings Not Saved</source>
        <translation>Beoordelingen niet bewaard</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="275"/>
        <source>Your ratings are still here.</source>
        <translation>Je beoordelingen staan er nog.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="72"/>
        <source>Edit Rating</source>
        <translation>Beoordeling bewerken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="85"/>
        <source>rated</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="92"/>
        <source>D&amp;epth (0 = level with the skin):</source>
        <translation>D&amp;iepte (0 = gelijk met de huid):</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="93"/>
        <source>&amp;Softening (10 = soft, moves freely):</source>
        <translation>&amp;Soepelheid (10 = zacht, beweegt vrij):</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="94"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Zichtbaarheid:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/edit_dialogs.py" line="96"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="29"/>
        <source>Depth: how deep does it look in side light?</source>
        <translation>Diepte: hoe diep ziet het eruit in licht van opzij?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="30"/>
        <source>0 · level with the skin</source>
        <translation>0 · gelijk met de huid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="31"/>
        <source>10 · very deep</source>
        <translation>10 · heel diep</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="35"/>
        <source>Softening: how does it feel when you gently push the skin?</source>
        <translation>Soepelheid: hoe voelt het als je zacht op de huid drukt?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="36"/>
        <source>0 · firm, held down</source>
        <translation>0 · stevig, vastgetrokken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="37"/>
        <source>10 · soft, moves freely</source>
        <translation>10 · zacht, beweegt vrij</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="41"/>
        <source>Visibility: how noticeable is it from about a metre away?</source>
        <translation>Zichtbaarheid: hoe goed is het te zien op ongeveer een meter afstand?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="42"/>
        <source>0 · not noticeable</source>
        <translation>0 · niet te zien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="43"/>
        <source>10 · very noticeable</source>
        <translation>10 · duidelijk te zien</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="53"/>
        <source>Ratings made before your first session are your baseline.</source>
        <translation>Beoordelingen van vóór je eerste sessie zijn je nulmeting.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="55"/>
        <source>Rate before the session on the day of your first session: this rating counts as your baseline.</source>
        <translation>Beoordeel op de dag van je eerste sessie vóór de sessie: die beoordeling telt als je nulmeting.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="61"/>
        <source>On a session day, rate before the session: this rating counts as before it.</source>
        <translation>Beoordeel op een sessiedag vóór de sessie: deze beoordeling telt als ervoor.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/ratings.py" line="66"/>
        <source>In the first {days} after a visit the skin may still be swollen: this rating is kept and shown, but not used to measure improvement.</source>
        <translation>In de eerste {days} na een sessie kan de huid nog gezwollen zijn: deze beoordeling wordt bewaard en getoond, maar niet gebruikt om verbetering te meten.</translation>
    </message>
</context>
<context>
    <name>ReceiveWindow</name>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="68"/>
        <source>Receive from Phone</source>
        <translation>Ontvangen van telefoon</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="84"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="85"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="86"/>
        <source>Security:</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="87"/>
        <source>PIN:</source>
        <translation>Pincode:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="97"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="98"/>
        <source>&amp;Decline</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="113"/>
        <source>Photos received</source>
        <translation>Ontvangen foto’s</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="122"/>
        <source>Received this time:</source>
        <translation>Deze keer ontvangen:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="161"/>
        <source>Phones cannot send to this computer now: {reason}</source>
        <translation>Telefoons kunnen nu niet naar deze computer sturen: {reason}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="177"/>
        <source>On your phone, open LocalSend and send your scar photos to “{name}”. The phone and this computer must be on the same network (the same Wi-Fi). Nothing is received once this window is closed.</source>
        <translation>Open LocalSend op je telefoon en stuur je littekenfoto’s naar “{name}”. De telefoon en deze computer moeten op hetzelfde netwerk zitten (dezelfde wifi). Zodra dit venster dicht is, wordt er niets meer ontvangen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="188"/>
        <source>Encrypted (HTTPS). This computer&apos;s certificate begins {start}.</source>
        <translation>Versleuteld (HTTPS). Het certificaat van deze computer begint met {start}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="192"/>
        <source>Not encrypted (plain HTTP, allowed in Settings).</source>
        <translation>Niet versleuteld (gewone HTTP, toegestaan in Instellingen).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="197"/>
        <source>None. You still accept each transfer here before anything arrives.</source>
        <translation>Geen. Je accepteert hier nog steeds elke overdracht voordat er iets binnenkomt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="200"/>
        <source>Waiting for a phone…</source>
        <translation>Wachten op een telefoon…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="203"/>
        <source>Waiting for a phone… This network does not let phones find the computer by themselves: in LocalSend, add it by its address above.</source>
        <translation>Wachten op een telefoon… Op dit netwerk kunnen telefoons de computer niet zelf vinden: voeg hem in LocalSend toe met het adres hierboven.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="258"/>
        <source>Receiving…</source>
        <translation>Bezig met ontvangen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="258"/>
        <source>Declined. Waiting for a phone…</source>
        <translation>Geweigerd. Wachten op een telefoon…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="267"/>
        <source>{name}: in the inbox</source>
        <translation>{name}: in de inbox</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="271"/>
        <source>{name}: not kept ({reason})</source>
        <translation>{name}: niet bewaard ({reason})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="276"/>
        <source>Done. Waiting for a phone…</source>
        <translation>Klaar. Wachten op een telefoon…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="278"/>
        <source>The phone stopped sending. Waiting for a phone…</source>
        <translation>De telefoon is gestopt met sturen. Wachten op een telefoon…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/inbox/receive_window.py" line="288"/>
        <source>Stopped receiving after 10 minutes without a phone. Close this window and open it again to receive more.</source>
        <translation>Gestopt met ontvangen na 10 minuten zonder telefoon. Sluit dit venster en open het opnieuw om meer te ontvangen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="30"/>
        <source>Your Recovery Key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="44"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="46"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="54"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="79"/>
        <source>Copied. Paste it where you keep it safe now: it is taken off the clipboard in {seconds} seconds.</source>
        <translation>Gekopieerd. Plak hem nu waar je hem veilig bewaart: over {seconds} seconden gaat hij van het klembord af.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="95"/>
        <source>Print the Recovery Key</source>
        <translation>De herstelsleutel afdrukken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="102"/>
        <source>{app} recovery key</source>
        <translation>Herstelsleutel van {app}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/protection/recovery_key.py" line="115"/>
        <source>First tick that you have kept the key.</source>
        <translation>Vink eerst aan dat je de sleutel hebt bewaard.</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../scar_diary/ui/reminder_card.py" line="23"/>
        <location filename="../../scar_diary/ui/reminder_card.py" line="26"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/reminder_card.py" line="40"/>
        <source>Remind Tomorrow</source>
        <translation>Morgen herinneren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/reminder_card.py" line="41"/>
        <source>Remind me again tomorrow</source>
        <translation>Herinner me morgen opnieuw</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/reminder_card.py" line="45"/>
        <source>Dismiss</source>
        <translation>Wegklikken</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="17"/>
        <source>Scar Diary</source>
        <translation>Scar Diary</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="17"/>
        <source>You have a reminder.</source>
        <translation>Je hebt een herinnering.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="23"/>
        <source>Boost {n}</source>
        <translation>Boost {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="25"/>
        <source>Session {n}</source>
        <translation>Sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="32"/>
        <source>boost {n}</source>
        <translation>boost {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="34"/>
        <source>session {n}</source>
        <translation>sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="44"/>
        <source>Boost on {date}: did it happen?</source>
        <translation>Boost op {date}: is die doorgegaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="46"/>
        <source>Session on {date}: did it happen?</source>
        <translation>Sessie op {date}: is die doorgegaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="49"/>
        <source>Preparation day {day}: apply the tretinoin (vitamin A acid) as prescribed, until {date}.</source>
        <translation>Voorbereidingsdag {day}: breng de tretinoïne (vitamine A-zuur) aan zoals voorgeschreven, tot {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="55"/>
        <source>Your clinic asks for a retinoid pause of {days} before the first session: do not apply it now. The first session can be from {date}.</source>
        <translation>Je kliniek vraagt een pauze van {days} met het retinoïd vóór de eerste sessie: breng het nu niet aan. De eerste sessie kan vanaf {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="61"/>
        <source>Preparation was complete on {date}: the first session can be booked.</source>
        <translation>De voorbereiding was klaar op {date}: de eerste sessie kan worden gepland.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="65"/>
        <source>{visit} is tomorrow.</source>
        <translation>{visit} is morgen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="67"/>
        <source>{visit} is today.</source>
        <translation>{visit} is vandaag.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="69"/>
        <source>Rate your scars before {visit} on {date} (on the day itself is fine), so the change can be measured.</source>
        <translation>Beoordeel je littekens vóór {visit} op {date} (op de dag zelf mag ook), zodat de verandering te meten is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="75"/>
        <source>Rate your scars now that the first days after {visit} (when the skin may be swollen) have passed.</source>
        <translation>Beoordeel je littekens nu de eerste dagen na {visit} (waarin de huid gezwollen kan zijn) voorbij zijn.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="81"/>
        <source>Your clinic asks to pause the retinoid {days} before a visit: stop from {date}.</source>
        <translation>Je kliniek vraagt {days} vóór een sessie met het retinoïd te pauzeren: stop vanaf {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="86"/>
        <source>By your clinic&apos;s setting you may resume the retinoid from {date}, after {visit}.</source>
        <translation>Volgens de instelling van je kliniek mag je vanaf {date} weer met het retinoïd verder, na {visit}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="91"/>
        <source>Your clinic asks for {days} of preparation before a boost: apply the tretinoin from {date}.</source>
        <translation>Je kliniek vraagt {days} voorbereiding vóór een boost: breng vanaf {date} de tretinoïne aan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="97"/>
        <source>Aftercare, day {day} after {visit}.</source>
        <translation>Nazorg, dag {day} na {visit}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="101"/>
        <source>The window for session {n} opens on {date}.</source>
        <translation>De periode voor sessie {n} gaat open op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="105"/>
        <source>The usual window for session {n} closes on {date}, and nothing is booked.</source>
        <translation>De gebruikelijke periode voor sessie {n} sluit op {date}, en er is niets gepland.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="109"/>
        <source>The usual window for session {n} closed on {date}. Book with your clinic when you can.</source>
        <translation>De gebruikelijke periode voor sessie {n} sloot op {date}. Maak een afspraak bij je kliniek zodra het kan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="117"/>
        <source>After {n} sessions without measurable improvement, talk to your doctor about what comes next.</source>
        <translation>Na {n} sessies zonder meetbare verbetering: bespreek met je arts wat de volgende stap is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="123"/>
        <source>All {n} planned sessions are done without measurable improvement; talk to your doctor about what comes next.</source>
        <translation>Alle {n} geplande sessies zijn gedaan zonder meetbare verbetering; bespreek met je arts wat er nu komt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="129"/>
        <source>After {n} sessions, rate your scars so the diary can tell whether they improve.</source>
        <translation>Beoordeel na {n} sessies je littekens, zodat het dagboek kan zien of ze verbeteren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="133"/>
        <source>After {n} sessions without measurable improvement, discuss with your doctor whether to go on.</source>
        <translation>Na {n} sessies zonder meetbare verbetering: bespreek met je arts of je doorgaat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="138"/>
        <source>A maintenance session (boost) is suggested around {date}.</source>
        <translation>Een onderhoudssessie (boost) ligt rond {date} voor de hand.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="149"/>
        <source>Rate Now</source>
        <translation>Nu beoordelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="156"/>
        <source>Book…</source>
        <translation>Plannen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="158"/>
        <source>Book a Boost…</source>
        <translation>Boost plannen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/reminders.py" line="161"/>
        <source>Mark Done…</source>
        <translation>Als gedaan markeren…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../scar_diary/report/render.py" line="160"/>
        <source>(name not set)</source>
        <translation>(geen naam ingevuld)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="161"/>
        <source>Saline injections for acne scars — my summary</source>
        <translation>Injecties met zoutoplossing tegen acnelittekens — mijn overzicht</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="162"/>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="165"/>
        <source>Doctor</source>
        <translation>Arts</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="166"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="170"/>
        <source>The series</source>
        <translation>De reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="183"/>
        <source>No treatment series has been set up yet.</source>
        <translation>Er is nog geen behandelreeks ingesteld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="186"/>
        <source>Numbers as in the table of scars.</source>
        <translation>Nummers zoals in de tabel met littekens.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="470"/>
        <source>Visit</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="471"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="472"/>
        <source>Days apart</source>
        <translation>Dagen ertussen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="473"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="474"/>
        <source>Check against the protocol</source>
        <translation>Controle tegen het protocol</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="212"/>
        <source>Scars</source>
        <translation>Littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="174"/>
        <source>This summary covers {n} of the {total} scars in the diary. The series&apos; facts below (improvement, the stop rule, visits) are those of the whole diary.</source>
        <translation>Dit overzicht gaat over {n} van de {total} littekens in het dagboek. De gegevens van de reeks hieronder (verbetering, de stopregel, bezoeken) gelden voor het hele dagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="203"/>
        <source>This series</source>
        <translation>Deze reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="216"/>
        <source>For the {n} scars in this summary only: {change} on average.</source>
        <translation>Alleen voor de {n} littekens in dit overzicht: gemiddeld {change}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="234"/>
        <source>Scar</source>
        <translation>Litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="235"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="236"/>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="237"/>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="238"/>
        <source>Rated on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="239"/>
        <source>Depth</source>
        <translation>Diepte</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="240"/>
        <source>Softening</source>
        <translation>Soepelheid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="241"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="245"/>
        <source>No scars are in the diary yet.</source>
        <translation>Er staan nog geen littekens in het dagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="248"/>
        <source>Baseline and latest show depth / softening, self-rated from 0 to 10 (depth 0 = level with the skin; softening 10 = soft, moving freely). Change = fall in depth since the baseline (the last rating on or before the day of the first session), and the change in softening in points. Ratings made in the first days after a visit, when the skin may be swollen, are listed but not used.</source>
        <translation>Nulmeting en laatste tonen diepte / soepelheid, zelf beoordeeld van 0 tot 10 (diepte 0 = gelijk met de huid; soepelheid 10 = zacht, beweegt vrij). Verandering = afname van de diepte sinds de nulmeting (de laatste beoordeling op of vóór de dag van de eerste sessie), en de verandering in soepelheid in punten. Beoordelingen uit de eerste dagen na een sessie, als de huid gezwollen kan zijn, staan in de lijst maar tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="257"/>
        <source>Ratings that fell in the swelling days after a visit:</source>
        <translation>Beoordelingen uit de dagen van mogelijke zwelling na een sessie:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="270"/>
        <location filename="../../scar_diary/report/render.py" line="281"/>
        <location filename="../../scar_diary/self_test.py" line="98"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="273"/>
        <source>The series&apos; mean above is the whole diary&apos;s.</source>
        <translation>Het gemiddelde van de reeks hierboven geldt voor het hele dagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="303"/>
        <source>Photos: baseline and latest</source>
        <translation>Foto&apos;s: nulmeting en laatste</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="308"/>
        <source>These photos cannot be shown: {file} cannot be read ({reason}).</source>
        <translation>Deze foto&apos;s kunnen niet worden getoond: {file} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="336"/>
        <source>Questions for my doctor</source>
        <translation>Vragen voor mijn arts</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="348"/>
        <source>This is a patient’s own record, kept with the Scar Diary app; it is not a medical assessment.</source>
        <translation>Dit is het eigen dagboek van een patiënt, bijgehouden met de app Scar Diary; het is geen medisch oordeel.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="356"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="391"/>
        <source>Preparation (tretinoin) started on {date}.</source>
        <translation>Voorbereiding (tretinoïne) begonnen op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="397"/>
        <source>Acne confirmed fully clear on {date}.</source>
        <translation>Acne helemaal weg bevestigd op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="403"/>
        <source>An acne flare was reported on {date}.</source>
        <translation>Op {date} is een opvlamming van acne gemeld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="409"/>
        <source>{done} of {planned} planned sessions done.</source>
        <translation>{done} van {planned} geplande sessies gedaan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="415"/>
        <source>Maintenance boosts since: {n}.</source>
        <translation>Onderhoudsboosts sindsdien: {n}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="420"/>
        <source>The series was completed on {date}.</source>
        <translation>De reeks is afgerond op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="422"/>
        <source>The series was stopped on {date}.</source>
        <translation>De reeks is gestopt op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="427"/>
        <source>The planned length is reached: no further window.</source>
        <translation>De geplande lengte is bereikt: geen volgende periode.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="432"/>
        <source>Next allowed window: from {earliest}.</source>
        <translation>Volgende toegestane periode: vanaf {earliest}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="436"/>
        <source>Next allowed window (session {n}): {earliest} to {latest}.</source>
        <translation>Volgende toegestane periode (sessie {n}): {earliest} tot {latest}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="446"/>
        <source>Next maintenance boost suggested around {date}.</source>
        <translation>Volgende onderhoudsboost rond {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="490"/>
        <source>Earlier series {n}</source>
        <translation>Eerdere reeks {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="492"/>
        <source>Earlier series {n}, ended on {date}</source>
        <translation>Eerdere reeks {n}, beëindigd op {date}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="502"/>
        <source>Boost {n}</source>
        <translation>Boost {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="502"/>
        <source>Session {n}</source>
        <translation>Sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="508"/>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="510"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="512"/>
        <source>booked</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="530"/>
        <source>rarely responds; not in the mean</source>
        <translation>reageert zelden; niet in het gemiddelde</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="533"/>
        <source>no baseline (first rated after the series began): change unknown</source>
        <translation>geen nulmeting (pas beoordeeld na de start van de reeks): verandering onbekend</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="536"/>
        <source>not rated yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="573"/>
        <source>later: {date}, may be swollen (not used)</source>
        <translation>later: {date}, mogelijk gezwollen (niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/report/render.py" line="542"/>
        <source>level (your rating)</source>
        <translation>vlak (jouw beoordeling)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="85"/>
        <source>All dates</source>
        <translation>Alle data</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="94"/>
        <source>Baseline and latest photos (aligned as saved)</source>
        <translation>Foto&apos;s van de nulmeting en de laatste (uitgelijnd zoals bewaard)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="95"/>
        <source>My notes on the scars</source>
        <translation>Mijn notities bij de littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="96"/>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="107"/>
        <source>One question per line, for example: Should I go on after session 6?</source>
        <translation>Eén vraag per regel, bijvoorbeeld: Moet ik na sessie 6 doorgaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="115"/>
        <source>What to include</source>
        <translation>Wat erin komt</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="117"/>
        <source>Scars:</source>
        <translation>Littekens:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="120"/>
        <source>or from</source>
        <translation>of vanaf</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="122"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="125"/>
        <source>Dates:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="129"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="130"/>
        <source>Questions for my doctor</source>
        <translation>Vragen voor mijn arts</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="133"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="135"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF bewaren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="138"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="139"/>
        <source>for Excel (UTF-8 with BOM)</source>
        <translation>voor Excel (UTF-8 met BOM)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="241"/>
        <location filename="../../scar_diary/ui/report/page.py" line="338"/>
        <source>Building the summary…</source>
        <translation>Het overzicht wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="263"/>
        <source>Untick &quot;All dates&quot; to choose the dates.</source>
        <translation>Haal het vinkje bij &quot;Alle data&quot; weg om de data te kiezen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="267"/>
        <source>Wait until the summary is ready.</source>
        <translation>Wacht tot de samenvatting klaar is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="275"/>
        <source>Doctor Summary</source>
        <translation>Overzicht voor de arts</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="277"/>
        <source>The summary could not be made: {error}. An older file there is left as it was.</source>
        <translation>Het overzicht kon niet worden gemaakt: {error}. Een ouder bestand daar blijft zoals het was.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="321"/>
        <location filename="../../scar_diary/ui/report/page.py" line="336"/>
        <source>Save Summary as PDF</source>
        <translation>Overzicht als PDF bewaren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="322"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="344"/>
        <source>Saved {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="348"/>
        <source>Export CSV into Folder</source>
        <translation>CSV exporteren naar map</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="357"/>
        <location filename="../../scar_diary/ui/report/page.py" line="373"/>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="360"/>
        <source>Writing the CSV files…</source>
        <translation>De CSV-bestanden worden geschreven…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="364"/>
        <source>Written {files}</source>
        <translation>Geschreven: {files}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/page.py" line="374"/>
        <source>The files could not be written: {error}</source>
        <translation>De bestanden konden niet worden geschreven: {error}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../scar_diary/wording/safety.py" line="12"/>
        <source>Saline injections belong in the hands of a doctor, nurse or dermatologist who is experienced with injections into the skin. Injecting yourself without that experience is risky. Scar Diary keeps your record; it never helps plan injecting yourself.</source>
        <translation>Injecties met zoutoplossing horen bij een arts, verpleegkundige of dermatoloog met ervaring in injecties in de huid. Zelf injecteren zonder die ervaring is riskant. Scar Diary houdt je dagboek bij; het helpt nooit bij het plannen van zelf injecteren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/safety.py" line="21"/>
        <source>Scar Diary is your own record, not medical advice: your doctor decides about your treatment.</source>
        <translation>Scar Diary is je eigen dagboek, geen medisch advies: je arts beslist over je behandeling.</translation>
    </message>
</context>
<context>
    <name>ScarActions</name>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="65"/>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="84"/>
        <source>Scar Not Saved</source>
        <translation>Litteken niet bewaard</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="132"/>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="139"/>
        <source>Delete Scar</source>
        <translation>Litteken verwijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="133"/>
        <source>Delete “{label}” with its {photos} photos and {ratings} ratings?</source>
        <translation>“{label}” verwijderen, met {photos} foto&apos;s en {ratings} beoordelingen?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="137"/>
        <source>This cannot be undone. To hide the scar but keep its history, archive it instead.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Wil je het litteken verbergen maar de geschiedenis houden, archiveer het dan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="140"/>
        <source>Keep Scar</source>
        <translation>Litteken houden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="160"/>
        <source>Import Photos of “{label}”</source>
        <translation>Foto&apos;s van “{label}” importeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="161"/>
        <source>Photos ({patterns})</source>
        <translation>Foto&apos;s ({patterns})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="194"/>
        <source>Import All</source>
        <translation>Alles importeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="197"/>
        <source>Leave Them Out</source>
        <translation>Ze weglaten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="200"/>
        <source>Small Photos</source>
        <translation>Kleine foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="202"/>
        <source>{count} of the photos is smaller than {side} pixels ({names}).</source>
        <translation>{count} van de foto&apos;s is kleiner dan {side} pixels ({names}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="204"/>
        <source>{count} of the photos are smaller than {side} pixels ({names}).</source>
        <translation>{count} van de foto&apos;s zijn kleiner dan {side} pixels ({names}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="208"/>
        <source>Photos this small show too little of the scar to compare well with the others. Import them anyway, or leave them out (the files stay where they are)?</source>
        <translation>Zulke kleine foto&apos;s laten te weinig van het litteken zien om goed met de andere te vergelijken. Toch importeren, of weglaten (de bestanden blijven waar ze zijn)?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="257"/>
        <source>Lined up {aligned} of {tried} new photos automatically.</source>
        <translation>{aligned} van {tried} nieuwe foto&apos;s automatisch uitgelijnd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="316"/>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="319"/>
        <source>Remove Photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="317"/>
        <source>Remove this photo from the diary?</source>
        <translation>Deze foto uit het dagboek verwijderen?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="318"/>
        <source>The original file where you imported it from is not touched.</source>
        <translation>Het oorspronkelijke bestand waaruit je importeerde blijft onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="320"/>
        <source>Keep Photo</source>
        <translation>Foto houden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_actions.py" line="356"/>
        <source>Rating Not Saved</source>
        <translation>Beoordeling niet bewaard</translation>
    </message>
</context>
<context>
    <name>ScarDetail</name>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="58"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="61"/>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="200"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="62"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="76"/>
        <source>No photos yet. Import them with “Import Photos…”, or drop them on this scar in the list or on the map.</source>
        <translation>Nog geen foto&apos;s. Importeer ze met “Foto&apos;s importeren…”, of sleep ze op dit litteken in de lijst of op de kaart.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="82"/>
        <source>&amp;Import Photos…</source>
        <translation>Foto&apos;s &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="85"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergelijken…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="88"/>
        <source>Change Da&amp;te…</source>
        <translation>Da&amp;tum wijzigen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="90"/>
        <source>Re&amp;move Photo…</source>
        <translation>Foto ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="93"/>
        <source>Line &amp;up with the first photo</source>
        <translation>&amp;Uitlijnen op de eerste foto</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="97"/>
        <source>Each photo drawn where it lies on the first one, through the alignments saved in Compare (automatic or by hand).</source>
        <translation>Elke foto getekend waar hij op de eerste ligt, via de uitlijningen die in Vergelijken zijn opgeslagen (automatisch of met de hand).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="118"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="119"/>
        <source>Depth</source>
        <translation>Diepte</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="120"/>
        <source>Softening</source>
        <translation>Soepelheid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="121"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="122"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="129"/>
        <source>Edit Ra&amp;ting…</source>
        <translation>Beoordeling be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="132"/>
        <source>De&amp;lete Rating</source>
        <translation>Beoordeling ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="150"/>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="151"/>
        <source>Ratings</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="153"/>
        <source>Select a scar to see its photos and ratings.</source>
        <translation>Kies een litteken om de foto&apos;s en beoordelingen te zien.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="200"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="208"/>
        <source>Needs two photos or more.</source>
        <translation>Daarvoor zijn twee of meer foto&apos;s nodig.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="214"/>
        <source>may be swollen, not used to measure improvement</source>
        <translation>mogelijk gezwollen, niet gebruikt om verbetering te meten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_detail.py" line="248"/>
        <source>Select a rating in the list first.</source>
        <translation>Kies eerst een beoordeling in de lijst.</translation>
    </message>
</context>
<context>
    <name>ScarDialog</name>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="54"/>
        <source>Edit Scar</source>
        <translation>Litteken bewerken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="54"/>
        <source>Add a Scar</source>
        <translation>Litteken toevoegen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="58"/>
        <source>e.g. Left cheek, near the nose</source>
        <translation>bijv. linkerwang, bij de neus</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="91"/>
        <source>Anything you or your doctor noticed</source>
        <translation>Wat jou of je arts opviel</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="97"/>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="98"/>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="100"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="129"/>
        <source>Close without saving this scar?</source>
        <translation>Sluiten zonder dit litteken op te slaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_dialog.py" line="130"/>
        <source>The name, place, type and notes you entered will be lost.</source>
        <translation>De naam, plaats, soort en notities die je hebt ingevuld gaan verloren.</translation>
    </message>
</context>
<context>
    <name>ScarList</name>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="26"/>
        <source>Scar</source>
        <translation>Litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="27"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="28"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="29"/>
        <source>Depth</source>
        <translation>Diepte</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="30"/>
        <source>Softening</source>
        <translation>Soepelheid</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="31"/>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="47"/>
        <source>Scars</source>
        <translation>Littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/scar_list.py" line="67"/>
        <source> (archived)</source>
        <translation> (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>ScarRatingRow</name>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="54"/>
        <source>Also rate &amp;visibility</source>
        <translation>Ook &amp;zichtbaarheid beoordelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="56"/>
        <source>Note (optional)</source>
        <translation>Notitie (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="57"/>
        <source>Note on {scar}</source>
        <translation>Notitie bij {scar}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="86"/>
        <source>last time: {value} ({date})</source>
        <translation>vorige keer: {value} ({date})</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="116"/>
        <source>Tick the box above to rate how visible it is.</source>
        <translation>Vink het vakje hierboven aan om te beoordelen hoe zichtbaar het is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/ratings/rate_dialog.py" line="125"/>
        <source>not rated</source>
        <translation>niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>Scars</name>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="16"/>
        <source>Rolling</source>
        <translation>Golvend (rolling)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="17"/>
        <source>Shallow boxcar</source>
        <translation>Ondiepe boxcar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="18"/>
        <source>Deep boxcar</source>
        <translation>Diepe boxcar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="19"/>
        <source>Ice-pick</source>
        <translation>IJspriem</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="20"/>
        <source>Shallow atrophic</source>
        <translation>Ondiep atrofisch</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="21"/>
        <source>Chickenpox</source>
        <translation>Waterpokken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="22"/>
        <source>Other / not sure</source>
        <translation>Anders / weet niet zeker</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="28"/>
        <source>Wide, gently sloping dips that make the skin look wavy, best seen in side light.</source>
        <translation>Brede, glooiende dalletjes die de huid golvend maken, het best te zien in licht van opzij.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="32"/>
        <source>Round or oval dents with fairly steep edges and a flat, shallow floor.</source>
        <translation>Ronde of ovale deukjes met vrij steile randen en een vlakke, ondiepe bodem.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="35"/>
        <source>Like a shallow boxcar, but the flat floor lies deep below the skin.</source>
        <translation>Zoals een ondiep boxcarlitteken, maar de vlakke bodem ligt diep onder de huid.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="38"/>
        <source>Narrow, deep pits, as if the skin was pricked with a sharp point.</source>
        <translation>Smalle, diepe putjes, alsof de huid met een scherpe punt is doorgeprikt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="41"/>
        <source>Slight, soft hollows where the skin has thinned a little.</source>
        <translation>Lichte, zachte kuiltjes waar de huid wat dunner is geworden.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="44"/>
        <source>Small round craters left by chickenpox, often on the forehead or cheeks.</source>
        <translation>Kleine ronde kratertjes van waterpokken, vaak op het voorhoofd of de wangen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="47"/>
        <source>A scar that fits none of these, or you are not sure.</source>
        <translation>Een litteken dat bij geen van deze past, of je weet het niet zeker.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="55"/>
        <source>{type} scars hardly respond to saline injections, if at all. You can still track this scar; your doctor can advise what may work better for it.</source>
        <translation>{type}littekens reageren nauwelijks of niet op injecties met zoutoplossing. Je kunt dit litteken toch bijhouden; je arts kan adviseren wat er beter voor kan werken.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="61"/>
        <source>This type of scar is among those most likely to respond.</source>
        <translation>Dit soort litteken hoort bij de soorten die het vaakst reageren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="67"/>
        <source>Scars on the cheeks usually respond best.</source>
        <translation>Littekens op de wangen reageren meestal het best.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="74"/>
        <location filename="../../scar_diary/wording/scars.py" line="87"/>
        <source>Forehead</source>
        <translation>Voorhoofd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="75"/>
        <location filename="../../scar_diary/wording/scars.py" line="76"/>
        <source>Temple</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="77"/>
        <location filename="../../scar_diary/wording/scars.py" line="78"/>
        <source>Cheek</source>
        <translation>Wang</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="79"/>
        <location filename="../../scar_diary/wording/scars.py" line="92"/>
        <source>Nose</source>
        <translation>Neus</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="80"/>
        <source>Lip</source>
        <translation>Lip</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="81"/>
        <location filename="../../scar_diary/wording/scars.py" line="94"/>
        <source>Chin</source>
        <translation>Kin</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="82"/>
        <location filename="../../scar_diary/wording/scars.py" line="83"/>
        <source>Jaw</source>
        <translation>Kaak</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="84"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="88"/>
        <source>Left temple</source>
        <translation>Linkerslaap</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="89"/>
        <source>Right temple</source>
        <translation>Rechterslaap</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="90"/>
        <source>Left cheek</source>
        <translation>Linkerwang</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="91"/>
        <source>Right cheek</source>
        <translation>Rechterwang</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="93"/>
        <source>Upper lip</source>
        <translation>Bovenlip</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="95"/>
        <source>Left jawline</source>
        <translation>Linkerkaaklijn</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="96"/>
        <source>Right jawline</source>
        <translation>Rechterkaaklijn</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="97"/>
        <source>Elsewhere</source>
        <translation>Elders</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="103"/>
        <source>Front</source>
        <translation>Voorkant</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="104"/>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="105"/>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="111"/>
        <source>Before the first session (baseline)</source>
        <translation>Vóór de eerste sessie (nulmeting)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="113"/>
        <source>Day of session {n}</source>
        <translation>Dag van sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="115"/>
        <source>1 day after session {n}</source>
        <translation>1 dag na sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/scars.py" line="116"/>
        <source>{days} days after session {n}</source>
        <translation>{days} dagen na sessie {n}</translation>
    </message>
</context>
<context>
    <name>ScarsPage</name>
    <message>
        <location filename="../../scar_diary/ui/scars/page.py" line="79"/>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/page.py" line="82"/>
        <source>Click the face map where a scar is to add it. Scars of types that rarely respond have grey square pins.</source>
        <translation>Klik op de gezichtskaart waar een litteken zit om het toe te voegen. Littekens van soorten die zelden reageren hebben grijze, vierkante spelden.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/page.py" line="90"/>
        <source>&amp;Add Scar…</source>
        <translation>Litteken &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/page.py" line="95"/>
        <source>&amp;Rate My Scars…</source>
        <translation>Mijn littekens &amp;beoordelen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/page.py" line="99"/>
        <source>Photo &amp;Guide</source>
        <translation>&amp;Fotogids</translation>
    </message>
</context>
<context>
    <name>SeriesCalendar</name>
    <message>
        <location filename="../../scar_diary/ui/visits/calendar.py" line="60"/>
        <source>Calendar of the series</source>
        <translation>Kalender van de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/calendar.py" line="62"/>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/calendar.py" line="63"/>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/calendar.py" line="64"/>
        <source>Days of the month</source>
        <translation>Dagen van de maand</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="80"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="80"/>
        <source> day</source>
        <translation> dag</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="92"/>
        <source> a year</source>
        <translation> per jaar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="94"/>
        <source>A boost needs the preparation again</source>
        <translation>Vóór een boost opnieuw voorbereiden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="96"/>
        <source>after the last session</source>
        <translation>na de laatste sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="97"/>
        <source>after the last session or the one before it</source>
        <translation>na de laatste sessie of de sessie daarvoor</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="107"/>
        <source>Use the &amp;Article&apos;s Values</source>
        <translation>De waarden uit het &amp;artikel gebruiken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="109"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="114"/>
        <source>Clinics differ. Set these as your clinic does; the defaults are the values of the patient article this diary follows (14 days of preparation, sessions 14–21 days apart, a series of 6–8).</source>
        <translation>Klinieken verschillen. Stel dit in zoals jouw kliniek het doet; de standaardwaarden komen uit het patiëntenartikel dat dit dagboek volgt (14 dagen voorbereiding, sessies 14–21 dagen uit elkaar, een reeks van 6–8).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="121"/>
        <source>Preparation before the first session:</source>
        <translation>Voorbereiding vóór de eerste sessie:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="124"/>
        <location filename="../../scar_diary/ui/settings/page.py" line="130"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="127"/>
        <source>Time between sessions:</source>
        <translation>Tijd tussen sessies:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="133"/>
        <source>Sessions in a series:</source>
        <translation>Sessies in een reeks:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="134"/>
        <source>“No improvement” means less than:</source>
        <translation>“Geen verbetering” betekent minder dan:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="135"/>
        <source>Maintenance sessions after a series:</source>
        <translation>Onderhoudssessies na een reeks:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="137"/>
        <source>Ratings may show swelling for (after a visit):</source>
        <translation>Beoordelingen kunnen zwelling tonen gedurende (na een sessie):</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="139"/>
        <source>The stop rule needs a rating made:</source>
        <translation>De stopregel heeft een beoordeling nodig van:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="140"/>
        <source>A series has lapsed when nothing is booked for:</source>
        <translation>Een reeks is verlopen als er niets gepland is gedurende:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="142"/>
        <source>(counted from the day the window for the next session closed)</source>
        <translation>(gerekend vanaf de dag dat de periode voor de volgende sessie sloot)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="154"/>
        <source>Remind me of the tretinoin preparation before the first session</source>
        <translation>Herinner me aan de voorbereiding met tretinoïne vóór de eerste sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="157"/>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="159"/>
        <source> days after it</source>
        <translation> dagen erna</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="159"/>
        <source> day after it</source>
        <translation> dag erna</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="161"/>
        <source>the same day</source>
        <translation>dezelfde dag</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="163"/>
        <source>Notifications only say “You have a reminder” (nothing about treatment)</source>
        <translation>Meldingen zeggen alleen “Je hebt een herinnering” (niets over de behandeling)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="166"/>
        <source>Calendar export says what each event is (otherwise “Appointment”)</source>
        <translation>De agenda-export zegt wat elke afspraak is (anders staat er “Afspraak”)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="168"/>
        <source>Reminders and privacy</source>
        <translation>Herinneringen en privacy</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="173"/>
        <source>Pause retinoids before each session (if your clinic asks):</source>
        <translation>Retinoïden vóór elke sessie stoppen (als je kliniek dat vraagt):</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="175"/>
        <source>…and resume them:</source>
        <translation>…en weer beginnen:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="180"/>
        <source>Remove photo metadata (EXIF, GPS) from exported copies</source>
        <translation>Fotogegevens (EXIF, GPS) uit geëxporteerde kopieën verwijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="186"/>
        <source>Line up each imported photo with the scar’s previous photo automatically</source>
        <translation>Elke geïmporteerde foto automatisch uitlijnen op de vorige foto van het litteken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="191"/>
        <source>Done on this computer after each import. Photos that cannot be lined up safely are left as they are; Compare says why.</source>
        <translation>Gebeurt op deze computer na elke import. Foto&apos;s die niet veilig uit te lijnen zijn, blijven zoals ze zijn; Vergelijken zegt waarom.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="205"/>
        <source>A&amp;dd Instruction</source>
        <translation>Instructie &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="207"/>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="208"/>
        <source>Use the &amp;Built-in Guidance</source>
        <translation>De &amp;ingebouwde nazorg gebruiken</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="214"/>
        <source>Aftercare instructions</source>
        <translation>Nazorginstructies</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="228"/>
        <source>On the doctor summary</source>
        <translation>Op het overzicht voor de arts</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="233"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="234"/>
        <source>&amp;Doctor:</source>
        <translation>&amp;Arts:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="235"/>
        <source>Cli&amp;nic:</source>
        <translation>Kli&amp;niek:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="240"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="246"/>
        <source>Scar Diary speaks the chosen language from its next start.</source>
        <translation>Scar Diary gebruikt de gekozen taal vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="249"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="251"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="366"/>
        <source>With {swelling} of swelling and sessions {interval} apart, every rating made after a session falls in its swelling days and is never used to measure improvement. Rate on the day of a session, before the injection, to be measured.</source>
        <translation>Met {swelling} zwelling en sessies {interval} uit elkaar valt elke beoordeling na een sessie in de dagen van zwelling en telt ze nooit mee om verbetering te meten. Beoordeel op de dag van een sessie, vóór de injectie, om gemeten te worden.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="390"/>
        <source>Your clinic&apos;s instructions, shown every day of the week after a session. Double-click one to change it.</source>
        <translation>De instructies van je kliniek, elke dag getoond in de week na een sessie. Dubbelklik er een om hem te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="395"/>
        <source>The built-in guidance, shown day by day after a session. Add an instruction to replace it with your clinic&apos;s own list.</source>
        <translation>De ingebouwde nazorg, dag voor dag na een sessie. Voeg een instructie toe om die te vervangen door de eigen lijst van je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="425"/>
        <source>Only when retinoids are paused before each session (set the days above).</source>
        <translation>Alleen als retinoïden vóór elke behandeling worden onderbroken (stel de dagen hierboven in).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="435"/>
        <source>Not saved yet: the shortest time between sessions must not be longer than the usual longest, nor the shortest series longer than the longest.</source>
        <translation>Nog niet bewaard: de kortste tijd tussen sessies mag niet langer zijn dan de gebruikelijke langste, en de kortste reeks niet langer dan de langste.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/settings/page.py" line="501"/>
        <source>New instruction</source>
        <translation>Nieuwe instructie</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../scar_diary/ui/app.py" line="55"/>
        <source>Scar Diary is already open on this diary, but it did not come forward. Close it (or wait until it has finished) and start Scar Diary again.</source>
        <translation>Scar Diary is al open met dit dagboek, maar komt niet naar voren. Sluit het (of wacht tot het klaar is) en start Scar Diary opnieuw.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/app.py" line="88"/>
        <source>Scar Diary cannot start on {folder}.</source>
        <translation>Scar Diary kan niet starten met {folder}.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="75"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="75"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="80"/>
        <source>{pct}%</source>
        <translation>{pct}%</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="86"/>
        <source>{points} points (firmer)</source>
        <translation>{points} punten (steviger)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="87"/>
        <source>{sign}{points} points</source>
        <translation>{sign}{points} punten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="96"/>
        <source>{pct}% better</source>
        <translation>{pct}% beter</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="98"/>
        <source>{pct}% deeper</source>
        <translation>{pct}% dieper</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="99"/>
        <source>no change in depth</source>
        <translation>geen verandering in diepte</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="108"/>
        <source>1 point deeper than before the series</source>
        <translation>1 punt dieper dan vóór de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="110"/>
        <source>{n} points deeper than before the series</source>
        <translation>{n} punten dieper dan vóór de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="114"/>
        <source>1 point shallower than before the series</source>
        <translation>1 punt minder diep dan vóór de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="116"/>
        <source>{n} points shallower than before the series</source>
        <translation>{n} punten minder diep dan vóór de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="120"/>
        <source>as deep as before the series</source>
        <translation>even diep als vóór de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="132"/>
        <source>The boost on {date}</source>
        <translation>De boost op {date}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="134"/>
        <source>The session on {date}</source>
        <translation>De sessie op {date}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="137"/>
        <source>Boost {n}</source>
        <translation>Boost {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="137"/>
        <source>Session {n}</source>
        <translation>Sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="166"/>
        <source>Worth discussing with your doctor</source>
        <translation>Het bespreken waard met je arts</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="170"/>
        <source>Rate Now</source>
        <translation>Nu beoordelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="182"/>
        <source>Boost on {date}: did it happen?</source>
        <translation>Boost op {date}: is die doorgegaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="184"/>
        <source>Session on {date}: did it happen?</source>
        <translation>Sessie op {date}: is die doorgegaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="191"/>
        <source>Its day has passed. Until you say what happened it does not count: the next window and the session numbers go by the visits marked done.</source>
        <translation>De dag is voorbij. Zolang je niet aangeeft wat er gebeurde, telt hij niet mee: de volgende periode en de sessienummers gaan uit van de sessies die als gedaan zijn gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="200"/>
        <source>Mark Done…</source>
        <translation>Als gedaan markeren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="201"/>
        <source>It Was Moved…</source>
        <translation>Het is verplaatst…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="203"/>
        <source>It Was Cancelled</source>
        <translation>Het is geannuleerd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="217"/>
        <source>When your doctor has planned your saline series, set it up here. Your settings ask for no preparation before the first session.</source>
        <translation>Als je arts je reeks met zoutoplossing heeft gepland, stel je die hier in. Je instellingen vragen geen voorbereiding vóór de eerste sessie.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="225"/>
        <source>No treatment series yet</source>
        <translation>Nog geen behandelreeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="211"/>
        <source>When your doctor has planned your saline series, set it up here: preparation starts at least {days} before the first session.</source>
        <translation>Als je arts je reeks met zoutoplossing heeft gepland, stel die hier in: de voorbereiding begint minstens {days} vóór de eerste sessie.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="227"/>
        <source>Set Up My Series…</source>
        <translation>Mijn reeks instellen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="235"/>
        <source>Your previous series ended without measurable improvement. The article sees little sense in trying the same treatment again; whether to go ahead is for you and your doctor to decide.</source>
        <translation>Je vorige reeks eindigde zonder meetbare verbetering. Het artikel ziet weinig zin in dezelfde behandeling nog eens; of je doorgaat beslis je samen met je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="242"/>
        <source>Your previous series did all its planned sessions without measurable improvement, though it was shorter than the usual series. Whether to try again is for you and your doctor to decide.</source>
        <translation>Je vorige reeks deed alle geplande sessies zonder meetbare verbetering, al was ze korter dan een gewone reeks. Of je het opnieuw probeert, beslis je samen met je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="249"/>
        <source>Your previous series stopped early; it was too early to say whether the treatment helps you.</source>
        <translation>Je vorige reeks stopte vroeg; het was te vroeg om te zeggen of de behandeling bij jou helpt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="266"/>
        <source>No preparation needed</source>
        <translation>Geen voorbereiding nodig</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="269"/>
        <source>Your settings ask for no preparation before the first session; your doctor decides when it can be.</source>
        <translation>Je instellingen vragen geen voorbereiding vóór de eerste sessie; je arts beslist wanneer die kan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="277"/>
        <source>Preparation has not started</source>
        <translation>De voorbereiding is nog niet begonnen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="280"/>
        <source>Before the first session, tretinoin (vitamin A acid) is applied to the scars for at least {days}, as your doctor prescribed.</source>
        <translation>Vóór de eerste sessie breng je minstens {days} tretinoïne (vitamine A-zuur) aan op de littekens, zoals je arts heeft voorgeschreven.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="290"/>
        <source>It is planned to start on {date}.</source>
        <translation>De start staat gepland op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="296"/>
        <source>Preparation: day {day} of {total}</source>
        <translation>Voorbereiding: dag {day} van {total}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="301"/>
        <source>Your first session can be from {date} ({left} to go).</source>
        <translation>Je eerste sessie kan vanaf {date} (nog {left}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="309"/>
        <source>Your clinic asks for a pause from the retinoid of {days} before a session; it is counted in that date.</source>
        <translation>Je kliniek vraagt vóór een sessie een pauze van {days} met het retinoïd; die is in die datum meegeteld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="318"/>
        <source>Retinoid pause: day {day} of {total}</source>
        <translation>Pauze met retinoïden: dag {day} van {total}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="323"/>
        <source>The {days} of tretinoin are done. Your clinic asks to pause the tretinoin now; your first session can be from {date}.</source>
        <translation>De {days} met tretinoïne zijn voorbij. Je kliniek vraagt je nu met de tretinoïne te pauzeren; je eerste sessie kan vanaf {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="333"/>
        <source>Preparation complete</source>
        <translation>Voorbereiding klaar</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="336"/>
        <source>{days} of preparation were done on {date}.</source>
        <translation>{days} voorbereiding was klaar op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="351"/>
        <source>You reported an acne flare on {date}. Sessions wait until your acne is confirmed clear again; your doctor decides.</source>
        <translation>Je meldde op {date} een opvlamming van acne. Sessies wachten tot bevestigd is dat je acne weer weg is; je arts beslist.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="360"/>
        <source>Acne confirmed fully clear on {date}.</source>
        <translation>Acne helemaal weg bevestigd op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="366"/>
        <source>Your acne is not yet confirmed as fully clear. The first session waits until it is; your doctor decides.</source>
        <translation>Nog niet bevestigd is dat je acne helemaal weg is. De eerste sessie wacht daarop; je arts beslist.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="390"/>
        <source>By the end of the series the scars were rated {pct} deeper than before it, on average.</source>
        <translation>Aan het eind van de reeks werden de littekens gemiddeld {pct} dieper beoordeeld dan ervoor.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="396"/>
        <source>On average the scars are rated {pct} deeper than before the series.</source>
        <translation>Gemiddeld worden de littekens {pct} dieper beoordeeld dan vóór de reeks.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="404"/>
        <source>Average depth improvement by the end of the series: {pct}.</source>
        <translation>Gemiddelde verbetering in diepte aan het eind van de reeks: {pct}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="422"/>
        <source>Now, by your ratings since the series ended: softening {points}.</source>
        <translation>Nu, volgens je beoordelingen sinds het eind van de reeks: soepelheid {points}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="429"/>
        <source>Your ratings since the series ended show the scars back to where they started ({change}); discuss this with your doctor.</source>
        <translation>Je beoordelingen sinds het eind van de reeks tonen de littekens terug bij het begin ({change}); bespreek dit met je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="437"/>
        <source>Now, by your ratings since the series ended: {change} than before the series.</source>
        <translation>Nu, volgens je beoordelingen sinds het eind van de reeks: {change} dan vóór de reeks.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="442"/>
        <source>Now, by your ratings since the series ended: as deep as before the series.</source>
        <translation>Nu, volgens je beoordelingen sinds het eind van de reeks: even diep als vóór de reeks.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="459"/>
        <source>Rate your scars before the first session and again after sessions to see how much they improve.</source>
        <translation>Beoordeel je littekens vóór de eerste sessie en opnieuw na sessies om te zien hoeveel ze verbeteren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="382"/>
        <source>By your own ratings the scars are now level with the skin. Self-ratings are rough; your doctor can judge.</source>
        <translation>Volgens je eigen beoordeling liggen de littekens nu gelijk met de huid. Eigen beoordelingen zijn grof; je arts kan het beoordelen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="406"/>
        <source>Average depth improvement so far: {pct}.</source>
        <translation>Gemiddelde verbetering in diepte tot nu toe: {pct}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="483"/>
        <source>Softening since the baseline: {points} on average (0–10 scale).</source>
        <translation>Soepelheid sinds de nulmeting: gemiddeld {points} (schaal 0–10).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="490"/>
        <source>In the article, about {ceiling}% is the best this treatment usually gives.</source>
        <translation>Volgens het artikel is ongeveer {ceiling}% het beste wat deze behandeling meestal oplevert.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="525"/>
        <source>Series: {done} of {planned} sessions done</source>
        <translation>Reeks: {done} van {planned} sessies gedaan</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="532"/>
        <source>Series completed on {date}.</source>
        <translation>Reeks afgerond op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="534"/>
        <source>Series stopped on {date}.</source>
        <translation>Reeks gestopt op {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="552"/>
        <source>More sessions in this series are not expected to help. You can end the series here; if your doctor still plans another session, add it.</source>
        <translation>Meer sessies in deze reeks helpen naar verwachting niet. Je kunt de reeks hier beëindigen; plant je arts toch nog een sessie, voeg die dan toe.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="558"/>
        <source>That is the planned length of the series, so no further window is shown. End the series when your doctor agrees it is complete; if your doctor plans another session, add it.</source>
        <translation>Dat is de geplande lengte van de reeks, dus er verschijnt geen volgende periode. Sluit de reeks af als je arts het eens is dat hij klaar is; plant je arts nog een sessie, voeg die dan toe.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="564"/>
        <source>All {n} planned sessions are done</source>
        <translation>Alle {n} geplande sessies zijn gedaan</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="568"/>
        <source>All {n} planned sessions are done; 1 more was given</source>
        <translation>Alle {n} geplande sessies zijn gedaan; er is er 1 meer gegeven</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="570"/>
        <source>All {n} planned sessions are done; {extra} more were given</source>
        <translation>Alle {n} geplande sessies zijn gedaan; er zijn er {extra} meer gegeven</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="578"/>
        <source>End the Series…</source>
        <translation>De reeks beëindigen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="579"/>
        <source>Add a Session Anyway…</source>
        <translation>Toch een sessie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="600"/>
        <source>Its day has passed: mark it done, move it or cancel it.</source>
        <translation>De dag is voorbij: markeer als gedaan, verplaats of annuleer.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="605"/>
        <source>Same day as {name}: counted once.</source>
        <translation>Zelfde dag als {name}: één keer geteld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="607"/>
        <source>boost {n}</source>
        <translation>boost {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="609"/>
        <source>session {n}</source>
        <translation>sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="616"/>
        <source>This is before preparation is complete; the first allowed date is {date}.</source>
        <translation>Dit is voordat de voorbereiding klaar is; de eerste toegestane datum is {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="621"/>
        <source>Preparation has not started yet, so this date is too early.</source>
        <translation>De voorbereiding is nog niet begonnen, dus deze datum is te vroeg.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="623"/>
        <source>Check with your clinic.</source>
        <translation>Vraag het na bij je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="626"/>
        <source>Too early: only {interval} after the previous injection, and the protocol asks for at least {minimum}. The first allowed date is {date}. Check with your clinic.</source>
        <translation>Te vroeg: maar {interval} na de vorige injectie, en het protocol vraagt minstens {minimum}. De eerste toegestane datum is {date}. Vraag het na bij je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="639"/>
        <source>Too early: only {interval} after the previous session, and the protocol asks for at least {minimum}. The first allowed date is {date}. Check with your clinic.</source>
        <translation>Te vroeg: maar {interval} na de vorige sessie, en het protocol vraagt minstens {minimum}. De eerste toegestane datum is {date}. Vraag het na bij je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="652"/>
        <source>The series has not ended by this day, so this is not yet a maintenance visit after it. Check with your clinic whether it is a session of the series.</source>
        <translation>De reeks is op deze dag nog niet beëindigd, dus dit is nog geen onderhoudsbezoek erna. Vraag je kliniek of het een sessie van de reeks is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="661"/>
        <source>The series ended without measurable improvement, and maintenance is meant to keep an improvement. Whether to go ahead is for you and your doctor to decide.</source>
        <translation>De reeks eindigde zonder meetbare verbetering, en onderhoud is bedoeld om een verbetering te houden. Of je doorgaat, beslis je samen met je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="671"/>
        <source>Your settings plan no maintenance boosts. Check with your clinic.</source>
        <translation>Je instellingen plannen geen onderhoudsboosts. Vraag het na bij je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="676"/>
        <source>Sooner than your settings plan maintenance ({per_year} a year); the first date they allow is {date}. Check with your clinic.</source>
        <translation>Eerder dan je instellingen onderhoud plannen ({per_year} per jaar); de eerste datum die ze toestaan is {date}. Vraag het na bij je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="685"/>
        <source>Your acne is not confirmed as fully clear. Check with your clinic before this visit.</source>
        <translation>Niet bevestigd is dat je acne helemaal weg is. Overleg met je kliniek vóór deze sessie.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="694"/>
        <source>Later than usual: {interval} after the previous session, where {maximum} is usual. That is allowed; mention it to your clinic.</source>
        <translation>Later dan gebruikelijk: {interval} na de vorige sessie, waar {maximum} gebruikelijk is. Dat mag; meld het aan je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="706"/>
        <source>This is beyond the planned length of the series; that is your doctor&apos;s decision.</source>
        <translation>Dit gaat verder dan de geplande lengte van de reeks; dat beslist je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="713"/>
        <source>A maintenance visit after the series.</source>
        <translation>Een onderhoudsbezoek na de reeks.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="714"/>
        <source>Inside the allowed window.</source>
        <translation>Binnen de toegestane periode.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="720"/>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="732"/>
        <source>That is today.</source>
        <translation>Dat is vandaag.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="734"/>
        <source>That is tomorrow.</source>
        <translation>Dat is morgen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="737"/>
        <source>That is in {days}.</source>
        <translation>Dat is over {days}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="744"/>
        <source>{name} on {date}: {check}</source>
        <translation>{name} op {date}: {check}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="765"/>
        <source>Allowed window for session {n}: {earliest} to {latest}.</source>
        <translation>Toegestane periode voor sessie {n}: {earliest} tot {latest}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="774"/>
        <source>{name} is booked</source>
        <translation>{name} is gepland</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="784"/>
        <source>Next: session {n}</source>
        <translation>Volgende: sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="788"/>
        <source>Nothing is booked yet. Your first session can be whenever your doctor plans it.</source>
        <translation>Er is nog niets gepland. Je eerste sessie kan wanneer je arts die plant.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="797"/>
        <source>Your first session can be from {date}.</source>
        <translation>Je eerste sessie kan vanaf {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="805"/>
        <source>Session {n} may be from {earliest} to {latest} ({low}–{high} days after session {previous}).</source>
        <translation>Sessie {n} mag van {earliest} tot {latest} ({low}–{high} dagen na sessie {previous}).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="822"/>
        <source>First say what happened to the session whose day has passed.</source>
        <translation>Geef eerst aan wat er gebeurde met de sessie waarvan de dag voorbij is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="830"/>
        <source>The window opens in {days}.</source>
        <translation>De periode gaat over {days} open.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="838"/>
        <source>The window is open now and nothing is booked yet.</source>
        <translation>De periode is nu open en er is nog niets gepland.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="847"/>
        <source>Book…</source>
        <translation>Plannen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="883"/>
        <source>Maintenance boosts done since the series: {n}.</source>
        <translation>Onderhoudsboosts sinds de reeks: {n}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="890"/>
        <source>A maintenance session (boost) was due on {date}. Discuss it with your clinic.</source>
        <translation>Een onderhoudssessie (boost) stond gepland rond {date}. Bespreek het met je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="895"/>
        <source>The next maintenance session (boost) is suggested around {date}; discuss it with your clinic.</source>
        <translation>De volgende onderhoudssessie (boost) ligt rond {date} voor de hand; bespreek het met je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="906"/>
        <source>A boost needs no new series. Its result is measured against your first baseline.</source>
        <translation>Voor een boost is geen nieuwe reeks nodig. Het resultaat wordt gemeten tegen je eerste nulmeting.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="913"/>
        <source>Maintenance</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="915"/>
        <source>Book a Boost…</source>
        <translation>Boost plannen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="921"/>
        <source>No maintenance sessions are set in Settings.</source>
        <translation>Bij Instellingen staan geen onderhoudssessies ingesteld.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="932"/>
        <source>The series ended without measurable improvement, so no maintenance is suggested. The article sees little sense in another series; your doctor decides.</source>
        <translation>De reeks eindigde zonder meetbare verbetering, dus onderhoud ligt niet voor de hand. Het artikel ziet weinig zin in nog een reeks; je arts beslist.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="958"/>
        <source>Maintenance is suggested once your ratings show the series helped; rate your scars to see.</source>
        <translation>Onderhoud ligt voor de hand zodra je beoordelingen laten zien dat de reeks hielp; beoordeel je littekens om dat te zien.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="924"/>
        <source>After the series</source>
        <translation>Na de reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="470"/>
        <source>Every scar you have measured is of a type that rarely responds to this treatment (ice-pick, deep boxcar). Their change is shown all the same:</source>
        <translation>Elk litteken dat je hebt gemeten is van een soort die zelden reageert op deze behandeling (ijspriem, diepe boxcar). Hun verandering staat hier toch:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="503"/>
        <source>Against your first baseline, before your first series: {change}.</source>
        <translation>Vergeleken met je eerste nulmeting, vóór je eerste reeks: {change}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="513"/>
        <source>Scars of types that rarely respond (ice-pick, deep boxcar) are counted apart: {change} on average.</source>
        <translation>Littekens van soorten die zelden reageren (ijspriem, diepe boxcar) tellen apart: gemiddeld {change}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="859"/>
        <source>The window for session {n} closed on {date}, and nothing has been booked since: the series has lapsed. Whether to go on is for you and your doctor to decide.</source>
        <translation>De periode voor sessie {n} sloot op {date}, en sindsdien is er niets gepland: de reeks is verlopen. Of je doorgaat, beslis je samen met je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="867"/>
        <source>The window for session {n} closed on {date}. A later session is not forbidden; book one with your clinic soon.</source>
        <translation>De periode voor sessie {n} sloot op {date}. Een latere sessie is niet verboden; plan er snel een bij je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="938"/>
        <source>All planned sessions were done without measurable improvement, so no maintenance is suggested. The plan was shorter than the usual series; whether to go on is for you and your doctor to decide.</source>
        <translation>Alle geplande sessies zijn gedaan zonder meetbare verbetering, dus onderhoud ligt niet voor de hand. Het plan was korter dan een gewone reeks; of je doorgaat, beslis je samen met je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="946"/>
        <source>The series stopped after 1 session: too early to say whether the treatment helps you. Your doctor decides what comes next.</source>
        <translation>De reeks stopte na 1 sessie: te vroeg om te zeggen of de behandeling bij jou helpt. Je arts beslist wat er nu komt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="952"/>
        <source>The series stopped after {n} sessions: too early to say whether the treatment helps you. Your doctor decides what comes next.</source>
        <translation>De reeks stopte na {n} sessies: te vroeg om te zeggen of de behandeling bij jou helpt. Je arts beslist wat er nu komt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="970"/>
        <source>Aftercare: boost {n} was today</source>
        <translation>Nazorg: boost {n} was vandaag</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="972"/>
        <source>Aftercare: day {day} after boost {n}</source>
        <translation>Nazorg: dag {day} na boost {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="976"/>
        <source>Aftercare: session {n} was today</source>
        <translation>Nazorg: sessie {n} was vandaag</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="978"/>
        <source>Aftercare: day {day} after session {n}</source>
        <translation>Nazorg: dag {day} na sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="983"/>
        <source>If anything worries you, contact your clinic.</source>
        <translation>Maak je je ergens zorgen over, neem dan contact op met je kliniek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="997"/>
        <source>After {n} sessions your ratings show no measurable improvement (less than {threshold}% in depth, and less than {points} points of softening). Discuss with your doctor whether to stop the series.</source>
        <translation>Na {n} sessies laten je beoordelingen geen meetbare verbetering zien (minder dan {threshold}% in diepte en minder dan {points} punten in soepelheid). Bespreek met je arts of je met de reeks stopt.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="1013"/>
        <source>After {n} sessions without measurable improvement, more sessions in this series are not expected to help. Talk to your doctor about what comes next.</source>
        <translation>Na {n} sessies zonder meetbare verbetering helpen meer sessies in deze reeks naar verwachting niet. Bespreek met je arts wat de volgende stap is.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="1024"/>
        <source>All {n} sessions your doctor planned are done, and your ratings show no measurable improvement. The plan was shorter than the usual series; whether to go on is for you and your doctor to decide.</source>
        <translation>Alle {n} sessies die je arts plande zijn gedaan, en je beoordelingen tonen geen meetbare verbetering. Het plan was korter dan een gewone reeks; of je doorgaat, beslis je samen met je arts.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="1036"/>
        <source>After {n} sessions your newest usable rating is from before session {fresh}, so it says nothing about the sessions since. Rate your scars now (not in the first {swelling} after a session) so you and your doctor can judge.</source>
        <translation>Na {n} sessies is je nieuwste bruikbare beoordeling van vóór sessie {fresh}, dus ze zegt niets over de sessies sindsdien. Beoordeel je littekens nu (niet in de eerste {swelling} na een sessie), zodat jij en je arts kunnen oordelen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="1052"/>
        <source>After {n} sessions the diary cannot tell yet whether your scars improve: it needs a rating from before the first session and a later one (not in the first {swelling} after a session, while the skin may be swollen). Rate your scars so you and your doctor can judge.</source>
        <translation>Na {n} sessies kan het dagboek nog niet zeggen of je littekens verbeteren: daarvoor is een beoordeling van vóór de eerste sessie nodig en een latere (niet in de eerste {swelling} na een sessie, als de huid nog gezwollen kan zijn). Beoordeel je littekens, zodat jij en je arts het kunnen inschatten.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="1065"/>
        <source>Every scar measured is of a type that rarely responds (ice-pick, deep boxcar), so little change was to be expected.</source>
        <translation>Elk gemeten litteken is van een soort die zelden reageert (ijspriem, diepe boxcar), dus weinig verandering lag in de lijn der verwachting.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/wording/status.py" line="1082"/>
        <source>Today, {date}</source>
        <translation>Vandaag, {date}</translation>
    </message>
</context>
<context>
    <name>SummaryProcess</name>
    <message>
        <location filename="../../scar_diary/ui/report/summary_process.py" line="63"/>
        <source>the program that builds it could not be started</source>
        <translation>het programma dat hem maakt kon niet starten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/report/summary_process.py" line="77"/>
        <source>the program that builds it stopped (exit code {code})</source>
        <translation>het programma dat hem maakt is gestopt (afsluitcode {code})</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../../scar_diary/ui/thumbnail_loader.py" line="48"/>
        <source>Cannot be shown</source>
        <translation>Kan niet worden getoond</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/thumbnail_loader.py" line="163"/>
        <source>This photo cannot be decoded; import it again from its original.</source>
        <translation>Deze foto kan niet worden gelezen; importeer hem opnieuw vanuit het origineel.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="99"/>
        <source>Sample diary: made-up data to explore. Nothing here is yours.</source>
        <translation>Voorbeelddagboek: verzonnen gegevens om rond te kijken. Niets hiervan is van jou.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="103"/>
        <source>&amp;Back to My Diary</source>
        <translation>&amp;Terug naar mijn dagboek</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="199"/>
        <source>Welcome to Scar Diary</source>
        <translation>Welkom bij Scar Diary</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="202"/>
        <source>Scar Diary keeps track of a series of saline injections for acne scars: the preparation before the first session, when the next session may be, what to do in the days after, and whether your scars are improving.</source>
        <translation>Scar Diary houdt een reeks injecties met zoutoplossing tegen acnelittekens bij: de voorbereiding vóór de eerste sessie, wanneer de volgende sessie mag, wat je de dagen erna doet, en of je littekens verbeteren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="207"/>
        <source>Everything you record stays on this computer. The diary follows the protocol your clinic uses; your doctor makes the decisions.</source>
        <translation>Alles wat je vastlegt blijft op deze computer. Het dagboek volgt het protocol van je kliniek; je arts beslist.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="211"/>
        <source>Start with your series when your doctor has planned it, and put your scars on the face map. To see how it all works first, open the sample diary.</source>
        <translation>Begin met je reeks als je arts die heeft gepland, en zet je littekens op de gezichtskaart. Wil je eerst zien hoe alles werkt, open dan het voorbeelddagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="219"/>
        <source>Set &amp;Up My Series</source>
        <translation>Mijn reeks &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="223"/>
        <source>Add My &amp;Scars</source>
        <translation>Mijn &amp;littekens toevoegen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="240"/>
        <source>Your diary could not be opened</source>
        <translation>Je dagboek kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="247"/>
        <source>Nothing was changed. You can look around in the sample diary meanwhile.</source>
        <translation>Er is niets veranderd. Je kunt intussen rondkijken in het voorbeelddagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="252"/>
        <source>Restore the Latest Backup</source>
        <translation>De laatste back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="258"/>
        <source>The damaged file is kept aside, never overwritten; the most recent good backup takes its place.</source>
        <translation>Het beschadigde bestand wordt apart bewaard, nooit overschreven; de laatste goede back-up neemt zijn plaats in.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/today_page.py" line="271"/>
        <source>Open a Sa&amp;mple Diary</source>
        <translation>Een voorbeeld&amp;dagboek openen</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../scar_diary/ui/scars/undo.py" line="65"/>
        <source>Move Scar</source>
        <translation>Litteken verplaatsen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/undo.py" line="79"/>
        <source>Archive Scar</source>
        <translation>Litteken archiveren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/undo.py" line="79"/>
        <source>Restore Scar</source>
        <translation>Litteken terughalen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/scars/undo.py" line="96"/>
        <source>Delete Rating</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="129"/>
        <location filename="../../scar_diary/ui/visits/actions.py" line="134"/>
        <source>Cancel Visit</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="130"/>
        <source>Cancel the visit on {date}?</source>
        <translation>De afspraak op {date} annuleren?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="133"/>
        <source>It stays in the list as cancelled and counts for nothing.</source>
        <translation>Hij blijft als geannuleerd in de lijst staan en telt niet mee.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="135"/>
        <source>Keep Visit</source>
        <translation>Afspraak houden</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="150"/>
        <source>Mark the Boost Done</source>
        <translation>Boost als gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="152"/>
        <source>Mark the Session Done</source>
        <translation>Sessie als gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="155"/>
        <source>{name} Done</source>
        <translation>{name} gedaan</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="186"/>
        <source>Record a Past Boost</source>
        <translation>Eerdere boost vastleggen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="186"/>
        <source>Record a Past Session</source>
        <translation>Eerdere sessie vastleggen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="196"/>
        <location filename="../../scar_diary/ui/visits/actions.py" line="204"/>
        <source>The visit is in your diary.</source>
        <translation>De sessie staat in je dagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="205"/>
        <source>{name} is in your diary.</source>
        <translation>{name} staat in je dagboek.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="210"/>
        <source>Visit Recorded</source>
        <translation>Sessie vastgelegd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="211"/>
        <source>Aftercare for the coming days is on the Today page.</source>
        <translation>De nazorg voor de komende dagen staat op de pagina Vandaag.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="213"/>
        <source>Rate your scars on the day of a session, before it, or once the first days of possible swelling have passed; a reminder will come.</source>
        <translation>Beoordeel je littekens op een sessiedag vóór de sessie, of zodra de eerste dagen van mogelijke zwelling voorbij zijn; je krijgt een herinnering.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="216"/>
        <source>Rate Now</source>
        <translation>Nu beoordelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="217"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="247"/>
        <source>Acne Flare</source>
        <translation>Opvlamming van acne</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="248"/>
        <source>Has your acne flared up again?</source>
        <translation>Is je acne weer opgevlamd?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="250"/>
        <source>Your acne is then no longer confirmed clear: booked sessions are flagged until you confirm it is clear again. Your doctor decides whether a session goes ahead.</source>
        <translation>Je acne geldt dan niet meer als bevestigd weg: geplande sessies worden gemarkeerd tot je bevestigt dat ze weer weg is. Je arts beslist of een sessie doorgaat.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/actions.py" line="253"/>
        <source>My Acne Has Flared</source>
        <translation>Mijn acne is opgevlamd</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="86"/>
        <source>Your series</source>
        <translation>Je reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="90"/>
        <source>My acne is &amp;fully clear</source>
        <translation>Mijn acne is &amp;helemaal weg</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="96"/>
        <source>My Acne Has F&amp;lared…</source>
        <translation>Mijn acne is &amp;opgevlamd…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="98"/>
        <source>My Acne Is &amp;Clear Again</source>
        <translation>Mijn acne is weer &amp;weg</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="102"/>
        <source>as in Settings</source>
        <translation>zoals bij Instellingen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="103"/>
        <source>&amp;Start Preparation</source>
        <translation>Voorbereiding &amp;starten</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="116"/>
        <source>&amp;End Series…</source>
        <translation>Reeks &amp;beëindigen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="133"/>
        <source>&amp;Preparation (tretinoin) started on:</source>
        <translation>&amp;Voorbereiding (tretinoïne) begonnen op:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="136"/>
        <source>Acne:</source>
        <translation>Acne:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="137"/>
        <source>Planned &amp;sessions:</source>
        <translation>Geplande &amp;sessies:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="171"/>
        <source>preparation</source>
        <translation>voorbereiding</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="172"/>
        <source>next allowed window</source>
        <translation>volgende toegestane periode</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="173"/>
        <source>done (filled)</source>
        <translation>gedaan (gevuld)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="174"/>
        <source>booked (ring)</source>
        <translation>gepland (ring)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="175"/>
        <source>not confirmed (?)</source>
        <translation>niet bevestigd (?)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="179"/>
        <source>Double-click a day to book a visit on it.</source>
        <translation>Dubbelklik op een dag om daar een afspraak te plannen.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="191"/>
        <source>Visits of this series</source>
        <translation>Sessies van deze reeks</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="196"/>
        <source>Visit</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="197"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="198"/>
        <source>Interval</source>
        <translation>Tussentijd</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="199"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="200"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="208"/>
        <location filename="../../scar_diary/ui/visits/page.py" line="292"/>
        <source>&amp;Book…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="211"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="213"/>
        <source>&amp;Cancel Visit…</source>
        <translation>Afspraak &amp;annuleren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="215"/>
        <source>Mark &amp;Done…</source>
        <translation>Als &amp;gedaan markeren…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="218"/>
        <source>&amp;Record a Past Visit…</source>
        <translation>Eerdere sessie &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="288"/>
        <source>Start the series first (Start Preparation, above).</source>
        <translation>Begin eerst de reeks (Voorbereiding starten, hierboven).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="292"/>
        <source>&amp;Book a Boost…</source>
        <translation>&amp;Boost plannen…</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="332"/>
        <source>Flared on {date}: not confirmed clear</source>
        <translation>Opgevlamd op {date}: nog niet bevestigd weg</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="339"/>
        <source>Confirmed clear on {date}</source>
        <translation>Helemaal weg bevestigd op {date}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="343"/>
        <source>Not confirmed clear</source>
        <translation>Nog niet bevestigd weg</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="351"/>
        <source>Start when your doctor has planned the series. Your settings ask for no preparation before the first session.</source>
        <translation>Begin als je arts de reeks heeft gepland. Je instellingen vragen geen voorbereiding vóór de eerste sessie.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="355"/>
        <source>Start when your doctor has planned the series: from that day, apply tretinoin (vitamin A acid) to the scars as prescribed, for at least {days} days before the first session.</source>
        <translation>Begin als je arts de reeks heeft gepland: breng vanaf die dag de tretinoïne (vitamine A-zuur) aan op de littekens zoals voorgeschreven, minstens {days} dagen vóór de eerste sessie.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="361"/>
        <source>This series ended on {date}. Maintenance boosts are booked here; start a new series only when your doctor plans one.</source>
        <translation>Deze reeks eindigde op {date}. Onderhoudsboosts plan je hier; begin alleen een nieuwe reeks als je arts die plant.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="382"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="385"/>
        <source>did it happen?</source>
        <translation>doorgegaan?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="388"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="389"/>
        <source>booked</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="405"/>
        <source>Boost {n}</source>
        <translation>Boost {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="405"/>
        <source>Session {n}</source>
        <translation>Sessie {n}</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="411"/>
        <source>{done} of {planned} sessions done.</source>
        <translation>{done} van {planned} sessies gedaan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="418"/>
        <source>The planned length is reached, so no further window is shown; your doctor decides about more.</source>
        <translation>De geplande lengte is bereikt, dus er verschijnt geen volgende periode; je arts beslist over meer.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="423"/>
        <source>Boosts done: {n}.</source>
        <translation>Boosts gedaan: {n}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="426"/>
        <source>Next boost suggested around {date}.</source>
        <translation>Volgende boost rond {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="433"/>
        <source>The first session can be from {date}.</source>
        <translation>De eerste sessie kan vanaf {date}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="439"/>
        <source>Session {n} may be from {earliest} to {latest}.</source>
        <translation>Sessie {n} mag van {earliest} tot {latest}.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="447"/>
        <source>Say what happened to the visits whose day has passed (marked –).</source>
        <translation>Geef aan wat er gebeurde met de afspraken waarvan de dag voorbij is (gemarkeerd met –).</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="468"/>
        <source>Choose a booked visit in the list first.</source>
        <translation>Kies eerst een geplande afspraak in de lijst.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="471"/>
        <source>Tick &quot;My acne is fully clear&quot; first.</source>
        <translation>Vink eerst &quot;Mijn acne is helemaal weg&quot; aan.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/visits/page.py" line="529"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>_AboutYou</name>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="101"/>
        <source>About you (optional)</source>
        <translation>Over jou (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="102"/>
        <source>Printed on the summary you can give your doctor.</source>
        <translation>Komt op het overzicht dat je aan je arts kunt geven.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="107"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="108"/>
        <source>Your &amp;doctor:</source>
        <translation>Je &amp;arts:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="109"/>
        <source>&amp;Clinic:</source>
        <translation>&amp;Kliniek:</translation>
    </message>
</context>
<context>
    <name>_NextSteps</name>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="273"/>
        <source>Your scars</source>
        <translation>Je littekens</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="275"/>
        <source>Put my scars on the &amp;face map now, then rate them</source>
        <translation>Mijn littekens nu op de &amp;gezichtskaart zetten en ze daarna beoordelen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="278"/>
        <source>Look around in a &amp;sample diary first (your own diary stays as set up)</source>
        <translation>Eerst rondkijken in een &amp;voorbeelddagboek (je eigen dagboek blijft zoals ingesteld)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="286"/>
        <source>Click the face map where each treated scar is and say what type it is; the diary tells you which types usually respond. Then rate each one (depth and softening, 0 to 10) and take a photo: made before the first session, these are the baseline your improvement is measured against.</source>
        <translation>Klik op de gezichtskaart waar elk behandeld litteken zit en geef aan wat voor soort het is; het dagboek vertelt welke soorten meestal reageren. Beoordeel daarna elk litteken (diepte en soepelheid, 0 tot 10) en maak een foto: van vóór de eerste sessie vormen ze de nulmeting waartegen je verbetering wordt gemeten.</translation>
    </message>
</context>
<context>
    <name>_Privacy</name>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="122"/>
        <source>A passphrase (optional)</source>
        <translation>Een wachtzin (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="123"/>
        <source>&amp;Protect this diary with a passphrase</source>
        <translation>Dit dagboek met een wachtzin &amp;beveiligen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="132"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="133"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nog een keer:</translation>
    </message>
</context>
<context>
    <name>_Welcome</name>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="72"/>
        <source>Welcome to Scar Diary</source>
        <translation>Welkom bij Scar Diary</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="77"/>
        <source>Scar Diary is a private diary for a series of saline injections for acne scars. It counts down your preparation, says when your next session may be and what to do after one, and shows whether your scars are improving, from your photos and your own ratings.</source>
        <translation>Scar Diary is een privédagboek voor een reeks injecties met zoutoplossing tegen acnelittekens. Het telt je voorbereiding af, zegt wanneer je volgende sessie mag zijn en wat je erna doet, en laat aan de hand van je foto&apos;s en je eigen beoordelingen zien of je littekens verbeteren.</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="91"/>
        <source>Everything stays on this computer. Each step here can be skipped.</source>
        <translation>Alles blijft op deze computer. Elke stap hier kun je overslaan.</translation>
    </message>
</context>
<context>
    <name>_WhereAreYou</name>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="164"/>
        <source>Where are you in your treatment?</source>
        <translation>Waar sta je in je behandeling?</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="165"/>
        <source>I am about to &amp;start (or preparing now)</source>
        <translation>Ik ga binnenkort &amp;beginnen (of bereid me nu voor)</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="166"/>
        <source>I have &amp;already had sessions</source>
        <translation>Ik heb &amp;al sessies gehad</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="167"/>
        <source>Nothing is &amp;planned yet</source>
        <translation>Er is nog &amp;niets gepland</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="177"/>
        <source>Preparation started on</source>
        <translation>Voorbereiding begonnen op</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="178"/>
        <source>My acne is fully &amp;gone</source>
        <translation>Mijn acne is helemaal &amp;weg</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="184"/>
        <source>Date of a past session</source>
        <translation>Datum van een eerdere sessie</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="185"/>
        <source>A&amp;dd Session</source>
        <translation>Sessie &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="187"/>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="190"/>
        <source>Past sessions</source>
        <translation>Eerdere sessies</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="194"/>
        <source>Preparation (tretinoin) started or starts on:</source>
        <translation>Voorbereiding (tretinoïne) begonnen of begint op:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="204"/>
        <source>The sessions you have had so far:</source>
        <translation>De sessies die je tot nu toe hebt gehad:</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="263"/>
        <source>Check the Dates</source>
        <translation>Controleer de data</translation>
    </message>
    <message>
        <location filename="../../scar_diary/ui/first_run.py" line="264"/>
        <source>The preparation must have started before the first session.</source>
        <translation>De voorbereiding moet vóór de eerste sessie zijn begonnen.</translation>
    </message>
</context>
</TS>
