<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>Die gewählten Container starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the selected containers (they get 10 seconds to finish)</source>
        <translation>Die gewählten Container stoppen (sie haben 10 Sekunden zum Beenden)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Restart the selected containers</source>
        <translation>Die gewählten Container neu starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Freeze the processes of the selected containers</source>
        <translation>Die Prozesse der gewählten Container einfrieren</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let the paused containers run again</source>
        <translation>Die pausierten Container wieder laufen lassen</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>Beenden &amp;erzwingen</translation>
    </message>
    <message>
        <source>Stop the selected containers at once (SIGKILL), without letting them finish</source>
        <translation>Die gewählten Container sofort stoppen (SIGKILL), ohne sie fertig werden zu lassen</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>{0} starten</translation>
    </message>
    <message>
        <source>Stop {0}</source>
        <translation>{0} stoppen</translation>
    </message>
    <message>
        <source>Restart {0}</source>
        <translation>{0} neu starten</translation>
    </message>
    <message>
        <source>Pause {0}</source>
        <translation>{0} pausieren</translation>
    </message>
    <message>
        <source>Unpause {0}</source>
        <translation>{0} fortsetzen</translation>
    </message>
    <message>
        <source>Kill {0}</source>
        <translation>{0} hart beenden</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <source>Re&amp;move container…</source>
        <translation>Container ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the selected containers (shows what is lost and kept first)</source>
        <translation>Die gewählten Container entfernen (zeigt zuerst, was verloren geht und was bleibt)</translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation>&amp;Neues Volume…</translation>
    </message>
    <message>
        <source>Create a volume</source>
        <translation>Ein Volume erstellen</translation>
    </message>
    <message>
        <source>Remove &amp;volume…</source>
        <translation>&amp;Volume entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected volumes and their data</source>
        <translation>Die gewählten Volumes und ihre Daten entfernen</translation>
    </message>
    <message>
        <source>&amp;Prune unused volumes…</source>
        <translation>Unbenutzte Volumes &amp;aufräumen…</translation>
    </message>
    <message>
        <source>Delete volumes no container uses (lists them first)</source>
        <translation>Volumes löschen, die kein Container nutzt (listet sie zuerst auf)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>A read-only template: the files and settings a container starts from.</source>
        <translation>Eine schreibgeschützte Vorlage: die Dateien und Einstellungen, mit denen ein Container startet.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>A running (or stopped) copy of an image, with its own thin write layer.</source>
        <translation>Eine laufende (oder gestoppte) Kopie eines Images mit ihrer eigenen dünnen Schreibschicht.</translation>
    </message>
    <message>
        <source>Write layer</source>
        <translation>Schreibschicht</translation>
    </message>
    <message>
        <source>Where a container keeps every file it creates or changes. It is deleted when the container is removed — stopping keeps it.</source>
        <translation>Wo ein Container jede Datei ablegt, die er anlegt oder ändert. Sie wird gelöscht, wenn der Container entfernt wird — Stoppen behält sie.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Storage managed by Docker apart from any container. It survives container removal and can be mounted into several containers.</source>
        <translation>Von Docker verwalteter Speicher, getrennt von jedem Container. Er übersteht das Entfernen von Containern und kann in mehrere Container eingehängt werden.</translation>
    </message>
    <message>
        <source>Anonymous volume</source>
        <translation>Anonymes Volume</translation>
    </message>
    <message>
        <source>A volume Docker created without a name (a long hex id), usually because the image declares one. Kept when its container is removed unless you ask.</source>
        <translation>Ein Volume, das Docker ohne Namen (eine lange Hex-ID) erstellt hat, meist weil das Image eines deklariert. Bleibt beim Entfernen seines Containers, außer du willst es anders.</translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation>Bind-Mount</translation>
    </message>
    <message>
        <source>A folder of the host mounted into a container (-v /host/path:/path).</source>
        <translation>Ein Ordner des Hosts, in einen Container eingehängt (-v /host/pfad:/pfad).</translation>
    </message>
    <message>
        <source>Snapshot image</source>
        <translation>Snapshot-Image</translation>
    </message>
    <message>
        <source>An image made from a container as it is now (docker commit), so a new container can start with exactly the same files.</source>
        <translation>Ein Image aus einem Container, wie er jetzt ist (docker commit), damit ein neuer Container mit genau denselben Dateien starten kann.</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Einhängepfad</translation>
    </message>
    <message>
        <source>Where a volume appears inside the container, e.g. /data.</source>
        <translation>Wo ein Volume im Container erscheint, z. B. /data.</translation>
    </message>
    <message>
        <source>Detached (-d)</source>
        <translation>Losgelöst (-d)</translation>
    </message>
    <message>
        <source>The container runs in the background; you read its logs to see output.</source>
        <translation>Der Container läuft im Hintergrund; seine Ausgabe siehst du in seinen Logs.</translation>
    </message>
    <message>
        <source>Interactive (-i -t)</source>
        <translation>Interaktiv (-i -t)</translation>
    </message>
    <message>
        <source>Keeps input open and gives the container a terminal, so you can type into it.</source>
        <translation>Hält die Eingabe offen und gibt dem Container ein Terminal, sodass du hineintippen kannst.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Delete everything of a kind that nothing uses — for volumes: every unused volume and its data.</source>
        <translation>Alles einer Art löschen, das nichts nutzt — bei Volumes: jedes unbenutzte Volume und seine Daten.</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>A volume mounted by a container, even a stopped one, cannot be removed: remove the container first.</source>
        <translation>Ein Volume, das ein Container einhängt, auch ein gestoppter, kann nicht entfernt werden: entferne zuerst den Container.</translation>
    </message>
    <message>
        <source>Select a container, volume or image to see its details</source>
        <translation>Wähle einen Container, ein Volume oder ein Image, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Prune unused images…</source>
        <translation>Unbenutzte Images aufräumen…</translation>
    </message>
    <message>
        <source>images no container uses (a row&apos;s size leaves out the layers it shares)</source>
        <translation>Images, die kein Container nutzt (die Größe einer Zeile lässt die geteilten Schichten weg)</translation>
    </message>
    <message>
        <source>Containers&apos; write layers</source>
        <translation>Schreibschichten der Container</translation>
    </message>
    <message>
        <source>Remove stopped containers…</source>
        <translation>Gestoppte Container entfernen…</translation>
    </message>
    <message>
        <source>stopped containers</source>
        <translation>gestoppte Container</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Prune unused volumes…</source>
        <translation>Unbenutzte Volumes aufräumen…</translation>
    </message>
    <message>
        <source>volumes no container uses</source>
        <translation>Volumes, die kein Container nutzt</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Build-Cache</translation>
    </message>
    <message>
        <source>Prune build cache…</source>
        <translation>Build-Cache aufräumen…</translation>
    </message>
    <message>
        <source>cache no build uses</source>
        <translation>Cache, den kein Build nutzt</translation>
    </message>
    <message>
        <source>&amp;Pull image…</source>
        <translation>Image &amp;laden…</translation>
    </message>
    <message>
        <source>Download an image from a registry (docker image pull)</source>
        <translation>Ein Image aus einer Registry laden (docker image pull)</translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>Upload a tag of the selected image to its registry</source>
        <translation>Einen Tag des gewählten Images in seine Registry hochladen</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Taggen…</translation>
    </message>
    <message>
        <source>Give the selected image another name</source>
        <translation>Dem gewählten Image einen weiteren Namen geben</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>The selected image&apos;s layers and the steps that made them</source>
        <translation>Die Schichten des gewählten Images und die Schritte, die sie erzeugt haben</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Write the selected images into a tar file</source>
        <translation>Die gewählten Images in eine Tar-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei la&amp;den…</translation>
    </message>
    <message>
        <source>Load images from a tar file made by docker image save</source>
        <translation>Images aus einer Tar-Datei laden, die docker image save erstellt hat</translation>
    </message>
    <message>
        <source>Re&amp;move image…</source>
        <translation>Image ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the selected images (names the containers that use them)</source>
        <translation>Die gewählten Images entfernen (nennt die Container, die sie nutzen)</translation>
    </message>
    <message>
        <source>Prune unused &amp;images…</source>
        <translation>Unbenutzte &amp;Images aufräumen…</translation>
    </message>
    <message>
        <source>Remove images no container uses (lists them first)</source>
        <translation>Images entfernen, die kein Container nutzt (listet sie zuerst auf)</translation>
    </message>
    <message>
        <source>&amp;What takes space…</source>
        <translation>&amp;Was Platz belegt…</translation>
    </message>
    <message>
        <source>Disk use of images, containers, volumes and build cache (docker system df -v)</source>
        <translation>Plattenverbrauch von Images, Containern, Volumes und Build-Cache (docker system df -v)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About volgui</source>
        <translation>Über volgui</translation>
    </message>
    <message>
        <source>Manage Docker containers and volumes by pointing and clicking — and learn the docker command behind every click.</source>
        <translation>Docker-Container und -Volumes per Mausklick verwalten — und zu jedem Klick den docker-Befehl dahinter lernen.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of volgui, Qt, Python and the engine, for a bug report</source>
        <translation>Die Versionen von volgui, Qt, Python und der Engine kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Asking the engine…</source>
        <translation>Frage die Engine…</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>Show the selected {0}&apos;s details in the Inspect panel</source>
        <translation>Details von {0} im Untersuchen-Bereich zeigen</translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation>Container entfernen</translation>
    </message>
    <message>
        <source>Remove volume</source>
        <translation>Volume entfernen</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation>&amp;Container</translation>
    </message>
    <message>
        <source>Vo&amp;lume</source>
        <translation>Vo&amp;lume</translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln Container</numerusform>
            <numerusform>%Ln Container</numerusform>
        </translation>
    </message>
    <message>
        <source>Created volume {0}</source>
        <translation>Volume {0} erstellt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>Nothing else was changed. The Activity tab keeps the details.</source>
        <translation>Sonst wurde nichts geändert. Der Tab Aktivität enthält die Details.</translation>
    </message>
    <message>
        <source>Kill stops the processes at once, without letting them save their work. Prefer Stop unless a container does not react.</source>
        <translation>Beenden erzwingen stoppt die Prozesse sofort, ohne dass sie ihre Arbeit sichern können. Nimm lieber Stoppen, außer ein Container reagiert nicht.</translation>
    </message>
    <message>
        <source>{0} these containers?</source>
        <translation>{0} – diese Container?</translation>
    </message>
    <message>
        <source>Create volume {0}</source>
        <translation>Volume {0} erstellen</translation>
    </message>
    <message>
        <source>before removing it</source>
        <translation>vor dem Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln volume(s)</source>
        <translation>
            <numerusform>%Ln Volume entfernen</numerusform>
            <numerusform>%Ln Volumes entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove volume {0}</source>
        <translation>Volume {0} entfernen</translation>
    </message>
    <message>
        <source>before pruning it</source>
        <translation>vor dem Aufräumen ungenutzter Volumes</translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln unused volume(s)</source>
        <translation>
            <numerusform>%Ln unbenutztes Volume aufräumen</numerusform>
            <numerusform>%Ln unbenutzte Volumes aufräumen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: nothing was backed up or deleted.</source>
        <translation>Nicht verbunden: nichts wurde gesichert oder gelöscht.</translation>
    </message>
    <message>
        <source>Back up, then {0}</source>
        <translation>Sichern, dann: {0}</translation>
    </message>
    <message>
        <source>Back up first</source>
        <translation>Zuerst sichern</translation>
    </message>
    <message>
        <source>Snapshot first</source>
        <translation>Zuerst ein Snapshot</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Fertig: {0}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What volgui asked the engine, newest last, with the result of each request</source>
        <translation>Was volgui die Engine gefragt hat, das Neueste zuletzt, mit dem Ergebnis jeder Anfrage</translation>
    </message>
    <message>
        <source>Nothing done yet. Each action you take appears here with its docker command and its result.</source>
        <translation>Noch nichts getan. Jede Aktion erscheint hier mit ihrem docker-Befehl und ihrem Ergebnis.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected command to paste it into a terminal</source>
        <translation>Den gewählten Befehl kopieren, um ihn in ein Terminal einzufügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove finished entries from the log</source>
        <translation>Abgeschlossene Einträge aus dem Protokoll entfernen</translation>
    </message>
</context>
<context>
    <name>AddEngineDialog</name>
    <message>
        <source>Add engine</source>
        <translation>Engine hinzufügen</translation>
    </message>
    <message>
        <source>e.g. build server</source>
        <translation>z. B. Build-Server</translation>
    </message>
    <message>
        <source>A name of your choice, shown in the list of engines</source>
        <translation>Ein Name Ihrer Wahl, in der Liste der Engines gezeigt</translation>
    </message>
    <message>
        <source>Where the engine answers: an ssh://, tcp:// or unix:// address</source>
        <translation>Wo die Engine antwortet: eine ssh://-, tcp://- oder unix://-Adresse</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>Verify the engine&apos;s certificate (recommended)</source>
        <translation>Zertifikat der Engine prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>Refuse an engine whose certificate the CA above did not sign</source>
        <translation>Eine Engine ablehnen, deren Zertifikat nicht von der CA oben signiert ist</translation>
    </message>
    <message>
        <source>SSH uses your ~/.ssh/config and known_hosts; only paths to certificates are saved, never keys or passwords.</source>
        <translation>SSH nutzt deine ~/.ssh/config und known_hosts; gespeichert werden nur Pfade zu Zertifikaten, nie Schlüssel oder Passwörter.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Try to connect with these settings and show what answered</source>
        <translation>Mit diesen Einstellungen verbinden und zeigen, was antwortet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The path of the file on this computer</source>
        <translation>Der Pfad der Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Choose the file for {0}</source>
        <translation>Die Datei für {0} wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Verbinde mit {0}…</translation>
    </message>
    <message>
        <source>✔ Connected: {0}</source>
        <translation>✔ Verbunden: {0}</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ geprüft</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Select a backup to verify it, restore it or see what changed since</source>
        <translation>Eine Sicherung wählen, um sie zu prüfen, wiederherzustellen oder zu sehen, was sich seitdem geändert hat</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Ordner ändern…</translation>
    </message>
    <message>
        <source>Choose the folder on this computer where the backups are kept</source>
        <translation>Den Ordner auf diesem Computer wählen, in dem die Sicherungen liegen</translation>
    </message>
    <message>
        <source>Remote folder…</source>
        <translation>Entfernter Ordner…</translation>
    </message>
    <message>
        <source>Keep the backups on another machine (SFTP) or in a bucket (S3)</source>
        <translation>Die Sicherungen auf einem anderen Rechner (SFTP) oder in einem Bucket (S3) halten</translation>
    </message>
    <message>
        <source>Back up selected volume</source>
        <translation>Gewähltes Volume sichern</translation>
    </message>
    <message>
        <source>Write a backup of the selected volume into the backup folder</source>
        <translation>Eine Sicherung des gewählten Volumes in den Sicherungsordner schreiben</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Restore into a scratch volume and compare every entry</source>
        <translation>In ein Probe-Volume wiederherstellen und jeden Eintrag vergleichen</translation>
    </message>
    <message>
        <source>Restore into new volume…</source>
        <translation>In neues Volume wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a new volume</source>
        <translation>Die gewählte Sicherung in ein neues Volume wiederherstellen</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>Was sich geändert hat…</translation>
    </message>
    <message>
        <source>What changed in the volume since this backup</source>
        <translation>Was sich seit dieser Sicherung im Volume geändert hat</translation>
    </message>
    <message>
        <source>Policy…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Back up the selected volume every N hours or days</source>
        <translation>Das gewählte Volume alle N Stunden oder Tage sichern</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>(and backups saved elsewhere, in {0})</source>
        <translation>(und Sicherungen, die anderswo gespeichert sind, in {0})</translation>
    </message>
    <message>
        <source>The backups folder list cannot be saved: {0}</source>
        <translation>Die Liste der Sicherungsordner kann nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Remote backups folder</source>
        <translation>Entfernter Sicherungsordner</translation>
    </message>
    <message>
        <source>Select a volume in the volumes view first.</source>
        <translation>Wähle zuerst ein Volume in der Volume-Ansicht.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation>Sichere {0}…</translation>
    </message>
    <message>
        <source>Back up {0} to {1}</source>
        <translation>{0} nach {1} sichern</translation>
    </message>
    <message>
        <source>Back up {0}</source>
        <translation>{0} sichern</translation>
    </message>
    <message>
        <source>Backed up {0}: {1}, {2}.</source>
        <translation>{0} gesichert: {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying {0}…</source>
        <translation>Prüfe {0}…</translation>
    </message>
    <message>
        <source>Verify {0}</source>
        <translation>{0} prüfen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>New volume name:</source>
        <translation>Name des neuen Volumes:</translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>{0} wiederherstellen</translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation>In {0} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Comparing with a backup needs the snapshots feature.</source>
        <translation>Der Vergleich mit einer Sicherung braucht die Snapshot-Funktion.</translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation>Sicherungsplan</translation>
    </message>
    <message>
        <source>No automatic backups for {0}.</source>
        <translation>Keine automatischen Sicherungen für {0}.</translation>
    </message>
    <message>
        <source>{0}: every {1:g} h, keep {2}.</source>
        <translation>{0}: alle {1:g} h, {2} behalten.</translation>
    </message>
    <message>
        <source>Backing up {0} (policy)…</source>
        <translation>Sichere {0} (Plan)…</translation>
    </message>
    <message>
        <source>Back up {0} (policy)</source>
        <translation>{0} sichern (Plan)</translation>
    </message>
    <message>
        <source>The backup policies cannot be saved: {0}</source>
        <translation>Die Sicherungspläne können nicht gespeichert werden: {0}</translation>
    </message>
</context>
<context>
    <name>BrowserActions</name>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Wähle zuerst die Dateien oder Ordner zum Herunterladen.</translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation>In Ordner herunterladen</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These already exist in %s and will be replaced:
%s</source>
        <translation>Diese gibt es schon in %s, sie werden ersetzt:
%s</translation>
    </message>
    <message>
        <source>Download from {0}</source>
        <translation>Aus {0} herunterladen</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <source>These already exist in /%s and will be replaced:
%s</source>
        <translation>Diese gibt es schon in /%s, sie werden ersetzt:
%s</translation>
    </message>
    <message>
        <source>Upload into {0}</source>
        <translation>Nach {0} hochladen</translation>
    </message>
    <message>
        <source>Wait for the current transfer to end (or cancel it).</source>
        <translation>Warte, bis die laufende Übertragung endet (oder brich sie ab).</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>New folder {0}</source>
        <translation>Neuer Ordner {0}</translation>
    </message>
    <message>
        <source>folder with %s, %s</source>
        <translation>Ordner mit %s, %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>folder and everything in it</source>
        <translation>Ordner und alles darin</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… und %d weitere</translation>
    </message>
    <message>
        <source>Delete these from %s? This cannot be undone.

%s</source>
        <translation>Diese aus %s löschen? Das lässt sich nicht rückgängig machen.

%s</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete in {0}</source>
        <translation>In {0} löschen</translation>
    </message>
</context>
<context>
    <name>BrowserNavigation</name>
    <message>
        <source>List {0}</source>
        <translation>{0} auflisten</translation>
    </message>
    <message>
        <source>Reading /%s…</source>
        <translation>Lese /%s…</translation>
    </message>
    <message>
        <source>Folder /%s</source>
        <translation>Ordner /%s</translation>
    </message>
    <message>
        <source>Symbolic link to %s</source>
        <translation>Symbolischer Link auf %s</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>Preview {0}</source>
        <translation>Vorschau von {0}</translation>
    </message>
    <message>
        <source>Binary file, %s — no preview. Download it to open it.</source>
        <translation>Binärdatei, %s — keine Vorschau. Lade sie herunter, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>[… the first %s of %s are shown]</source>
        <translation>[… die ersten %s von %s werden gezeigt]</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working: {0}{1}{2}</source>
        <translation>In Arbeit: {0}{1}{2}</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed in {0}</source>
        <translation>Was sich in {0} geändert hat</translation>
    </message>
    <message>
        <source>the backup of {0}</source>
        <translation>die Sicherung von {0}</translation>
    </message>
    <message>
        <source>the snapshot of {0}</source>
        <translation>der Snapshot von {0}</translation>
    </message>
    <message>
        <source>Changes in {0} since {1}</source>
        <translation>Änderungen in {0} seit {1}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <source>Filter the changes by path</source>
        <translation>Die Änderungen nach Pfad filtern</translation>
    </message>
    <message>
        <source>Changes in {0}</source>
        <translation>Änderungen in {0}</translation>
    </message>
    <message>
        <source>Folders with what was added, changed or removed</source>
        <translation>Ordner mit Hinzugefügtem, Geändertem oder Entferntem</translation>
    </message>
    <message>
        <source>Reading the volume and comparing it with the snapshot…</source>
        <translation>Lese das Volume und vergleiche es mit dem Snapshot…</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Versionen vergleichen…</translation>
    </message>
    <message>
        <source>The file then and now, side by side</source>
        <translation>Die Datei damals und jetzt, nebeneinander</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{0}: {1} added, {2} changed, {3} removed.</source>
        <translation>{0}: {1} hinzugefügt, {2} geändert, {3} entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>Die ersten {0} sind gelistet.</translation>
    </message>
    <message>
        <source>Nothing changed: the volume is exactly as it was then.</source>
        <translation>Nichts geändert: das Volume ist genau wie damals.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>A name no volume has yet</source>
        <translation>Ein Name, den noch kein Volume hat</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>New volume:</source>
        <translation>Neues Volume:</translation>
    </message>
    <message>
        <source>“%s” is not a valid volume name.</source>
        <translation>„%s“ ist kein gültiger Volume-Name.</translation>
    </message>
    <message>
        <source>A volume named “%s” already exists.</source>
        <translation>Ein Volume namens „%s“ gibt es schon.</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Equivalent command:</source>
        <translation>Gleichwertiger Befehl:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command to paste it into a terminal</source>
        <translation>Den Befehl kopieren, um ihn in ein Terminal einzufügen</translation>
    </message>
</context>
<context>
    <name>CommandView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the commands to paste them into a terminal (secret values masked)</source>
        <translation>Die Befehle kopieren, um sie in ein Terminal einzufügen (geheime Werte maskiert)</translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation>Mit Geheimnissen kopieren</translation>
    </message>
    <message>
        <source>Copy the commands with the secret values (passwords, tokens, keys) in clear</source>
        <translation>Die Befehle mit den geheimen Werten (Passwörter, Tokens, Schlüssel) im Klartext kopieren</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Gleichwertiger Befehl</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <source>Copy with secrets (passwords in clear)</source>
        <translation>Mit Geheimnissen kopieren (Passwörter im Klartext)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>{0}: then and now</source>
        <translation>{0}: damals und jetzt</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Lese beide Versionen…</translation>
    </message>
    <message>
        <source>The file then, in the snapshot</source>
        <translation>Die Datei damals, im Snapshot</translation>
    </message>
    <message>
        <source>The file now, in the volume</source>
        <translation>Die Datei jetzt, im Volume</translation>
    </message>
    <message>
        <source>Then (snapshot)</source>
        <translation>Damals (Snapshot)</translation>
    </message>
    <message>
        <source>Now (volume)</source>
        <translation>Jetzt (Volume)</translation>
    </message>
    <message>
        <source>Lines that differ: {0} then, {1} now.</source>
        <translation>Abweichende Zeilen: {0} damals, {1} jetzt.</translation>
    </message>
    <message>
        <source>Only the beginning of the file is shown.</source>
        <translation>Nur der Anfang der Datei wird gezeigt.</translation>
    </message>
    <message>
        <source>Not text: compared by size and checksum.</source>
        <translation>Kein Text: nach Größe und Prüfsumme verglichen.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>nicht da</translation>
    </message>
</context>
<context>
    <name>ComposeFeature</name>
    <message>
        <source>Save as compose.yaml…</source>
        <translation>Als compose.yaml speichern…</translation>
    </message>
    <message>
        <source>A compose file that re-creates the selected containers</source>
        <translation>Eine Compose-Datei, die die gewählten Container neu erstellt</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Compose projects and the containers, volumes and networks of each</source>
        <translation>Compose-Projekte und die Container, Volumes und Netzwerke jedes Projekts</translation>
    </message>
    <message>
        <source>the containers</source>
        <translation>die Container</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Back up project {0}</source>
        <translation>Projekt {0} sichern</translation>
    </message>
    <message>
        <source>Remove project {0}</source>
        <translation>Projekt {0} entfernen</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>{0} speichern</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>Add the mount to {0}</source>
        <translation>Die Einhängung in {0} eintragen</translation>
    </message>
    <message>
        <source>The compose file was not changed: {0}</source>
        <translation>Die Compose-Datei wurde nicht geändert: {0}</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Backed up {0}.</source>
        <translation>{0} gesichert.</translation>
    </message>
</context>
<context>
    <name>ComposeMountOffer</name>
    <message>
        <source>{0} belongs to the compose project {1}: the next docker compose up re-creates it from its file, without this mount unless the file has it.</source>
        <translation>{0} gehört zum Compose-Projekt {1}: das nächste docker compose up erstellt ihn aus seiner Datei neu, ohne diese Einhängung, außer die Datei enthält sie.</translation>
    </message>
    <message>
        <source>Also add the mount to this compose file:</source>
        <translation>Die Einhängung auch in diese Compose-Datei eintragen:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>volgui rewrites the file: comments of a hand-written file are not kept.</source>
        <translation>volgui schreibt die Datei neu: Kommentare einer handgeschriebenen Datei bleiben nicht erhalten.</translation>
    </message>
    <message>
        <source>Compose file</source>
        <translation>Compose-Datei</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Compose-Dateien (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>ConnectionErrors</name>
    <message>
        <source>Listing containers</source>
        <translation>Container auflisten</translation>
    </message>
    <message>
        <source>Listing volumes</source>
        <translation>Volumes auflisten</translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation>Images auflisten</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>TLS without verifying the engine&apos;s certificate: anyone between you and the engine can pretend to be it and see everything you send.</source>
        <translation>TLS ohne Prüfung des Zertifikats der Engine: jeder zwischen dir und der Engine kann sich als sie ausgeben und alles sehen, was du sendest.</translation>
    </message>
    <message>
        <source>Plain TCP, not encrypted: anyone on the network can read what you send and control this engine.</source>
        <translation>Reines TCP, unverschlüsselt: jeder im Netzwerk kann mitlesen, was du sendest, und diese Engine steuern.</translation>
    </message>
    <message>
        <source>Port 2376 is Docker&apos;s TLS port: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to use TLS.</source>
        <translation>Port 2376 ist der TLS-Port von Docker: DOCKER_TLS_VERIFY=1 und DOCKER_CERT_PATH setzen, um TLS zu nutzen.</translation>
    </message>
    <message>
        <source>DOCKER_CERT_PATH is set without DOCKER_TLS_VERIFY: volgui uses TLS and verifies the engine with the CA there (set DOCKER_TLS_VERIFY=1 to say so).</source>
        <translation>DOCKER_CERT_PATH ist ohne DOCKER_TLS_VERIFY gesetzt: volgui nutzt TLS und prüft die Engine mit der CA dort (DOCKER_TLS_VERIFY=1 setzen, um es ausdrücklich zu sagen).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Docker context “{0}” ({1}) does not exist. Known contexts: {2}. List them with `docker context ls`.</source>
        <translation>Den Docker-Kontext „{0}“ ({1}) gibt es nicht. Bekannte Kontexte: {2}. Mit `docker context ls` auflisten.</translation>
    </message>
    <message>
        <source>Docker context “{0}” cannot be read: {1}</source>
        <translation>Der Docker-Kontext „{0}“ kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Docker context “{0}” has no Docker endpoint.</source>
        <translation>Der Docker-Kontext „{0}“ hat keinen Docker-Endpunkt.</translation>
    </message>
    <message>
        <source>Give either --host or --context, not both.</source>
        <translation>Entweder --host oder --context angeben, nicht beides.</translation>
    </message>
    <message>
        <source>default Docker socket</source>
        <translation>Standard-Socket von Docker</translation>
    </message>
    <message>
        <source>Podman socket</source>
        <translation>Podman-Socket</translation>
    </message>
    <message>
        <source>Cannot use TLS for {0}: {1}</source>
        <translation>TLS für {0} kann nicht verwendet werden: {1}</translation>
    </message>
    <message>
        <source>Cannot inspect a {0}.</source>
        <translation>{0} kann nicht untersucht werden.</translation>
    </message>
    <message>
        <source>Inspecting the container</source>
        <translation>Container untersuchen</translation>
    </message>
    <message>
        <source>Inspecting the volume</source>
        <translation>Volume untersuchen</translation>
    </message>
    <message>
        <source>Listing the volume&apos;s containers</source>
        <translation>Container des Volumes auflisten</translation>
    </message>
    <message>
        <source>Inspecting the image</source>
        <translation>Image untersuchen</translation>
    </message>
    <message>
        <source>Measuring disk usage</source>
        <translation>Speicherbelegung messen</translation>
    </message>
    <message>
        <source>The engine did not report a size for the volume {0}.</source>
        <translation>Die Engine hat keine Größe für das Volume {0} gemeldet.</translation>
    </message>
    <message>
        <source>The heartbeat was stopped.</source>
        <translation>Der Herzschlag wurde angehalten.</translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping oddly.</source>
        <translation>Die Engine unter {0} hat seltsam auf ihren Ping geantwortet.</translation>
    </message>
    <message>
        <source>The engine at {0} closed the connection.</source>
        <translation>Die Engine unter {0} hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping with HTTP {1}.</source>
        <translation>Die Engine unter {0} hat ihren Ping mit HTTP {1} beantwortet.</translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping with something else than HTTP.</source>
        <translation>Die Engine unter {0} hat ihren Ping mit etwas anderem als HTTP beantwortet.</translation>
    </message>
    <message>
        <source>The password cannot be saved in the desktop keyring: {0}</source>
        <translation>Das Passwort kann nicht im Schlüsselbund des Desktops gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>The lessons need a local image with a shell, and this engine has no images. Pull one with `docker pull busybox` (volgui never pulls by itself).</source>
        <translation>Die Lektionen brauchen ein lokales Image mit einer Shell, und diese Engine hat keine Images. Hol eins mit `docker pull busybox` (volgui lädt nie von selbst herunter).</translation>
    </message>
    <message>
        <source>The usual images for these lessons ({0}) are not here; using {1}, which has a shell.</source>
        <translation>Die üblichen Images für diese Lektionen ({0}) sind nicht da; es wird {1} verwendet, das eine Shell hat.</translation>
    </message>
    <message>
        <source>None of the local images has a shell (/bin/sh), which the lessons need. Pull one with `docker pull busybox`.</source>
        <translation>Keines der lokalen Images hat eine Shell (/bin/sh), die die Lektionen brauchen. Hol eins mit `docker pull busybox`.</translation>
    </message>
    <message>
        <source>Removed {0}; could not remove {1}.</source>
        <translation>Entfernt: {0}; nicht entfernt werden konnte: {1}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Inspecting a volume</source>
        <translation>Ein Volume untersuchen</translation>
    </message>
    <message>
        <source>Measuring container sizes</source>
        <translation>Größen der Container messen</translation>
    </message>
    <message>
        <source>Measuring volume sizes</source>
        <translation>Größen der Volumes messen</translation>
    </message>
    <message>
        <source>A scheduled backup failed</source>
        <translation>Eine geplante Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A scheduled backup is overdue</source>
        <translation>Eine geplante Sicherung ist überfällig</translation>
    </message>
    <message>
        <source>A container became unhealthy</source>
        <translation>Ein Container wurde ungesund</translation>
    </message>
    <message>
        <source>A container died</source>
        <translation>Ein Container ist abgestürzt</translation>
    </message>
    <message>
        <source>Backup of {0} failed</source>
        <translation>Sicherung von {0} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup of {0} is overdue</source>
        <translation>Sicherung von {0} ist überfällig</translation>
    </message>
    <message>
        <source>The last backup was made {0}; the next one is {1} late. Is the engine reachable and volgui-backup&apos;s timer installed?</source>
        <translation>Die letzte Sicherung wurde {0} gemacht; die nächste ist {1} zu spät. Ist die Engine erreichbar und der Timer von volgui-backup eingerichtet?</translation>
    </message>
    <message>
        <source>{0} is unhealthy</source>
        <translation>{0} ist ungesund</translation>
    </message>
    <message>
        <source>The health check of container {0} failed.</source>
        <translation>Die Gesundheitsprüfung des Containers {0} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Container {0} stopped with exit code {1}.</source>
        <translation>Container {0} hat mit Exit-Code {1} angehalten.</translation>
    </message>
    <message>
        <source>Container {0} stopped unexpectedly.</source>
        <translation>Container {0} hat unerwartet angehalten.</translation>
    </message>
    <message>
        <source>{0} died</source>
        <translation>{0} ist abgestürzt</translation>
    </message>
    <message>
        <source>Give the engine a name.</source>
        <translation>Der Engine einen Namen geben.</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address, e.g. ssh://me@server or tcp://server:2376.</source>
        <translation>Die Adresse der Engine eingeben, z. B. ssh://ich@server oder tcp://server:2376.</translation>
    </message>
    <message>
        <source>“{0}://” is not an engine address. Use unix://, tcp://, ssh:// or npipe://.</source>
        <translation>„{0}://“ ist keine Adresse einer Engine. unix://, tcp://, ssh:// oder npipe:// verwenden.</translation>
    </message>
    <message>
        <source>“{0}” is not a valid address: expected host or host:port (with an optional user@).</source>
        <translation>„{0}“ ist keine gültige Adresse: erwartet wird Host oder Host:Port (wahlweise mit Benutzer@).</translation>
    </message>
    <message>
        <source>“{0}” is not a valid address: expected host or host:port.</source>
        <translation>„{0}“ ist keine gültige Adresse: erwartet wird Host oder Host:Port.</translation>
    </message>
    <message>
        <source>A unix:// address needs an absolute socket path, e.g. unix:///run/docker.sock.</source>
        <translation>Eine unix://-Adresse braucht einen absoluten Socket-Pfad, z. B. unix:///run/docker.sock.</translation>
    </message>
    <message>
        <source>The CA certificate file {0} does not exist.</source>
        <translation>Die CA-Zertifikatsdatei {0} gibt es nicht.</translation>
    </message>
    <message>
        <source>The client certificate file {0} does not exist.</source>
        <translation>Die Client-Zertifikatsdatei {0} gibt es nicht.</translation>
    </message>
    <message>
        <source>The client key file {0} does not exist.</source>
        <translation>Die Client-Schlüsseldatei {0} gibt es nicht.</translation>
    </message>
    <message>
        <source>TLS applies to tcp:// engines only.</source>
        <translation>TLS gilt nur für tcp://-Engines.</translation>
    </message>
    <message>
        <source>Give both the client certificate and the client key, or neither.</source>
        <translation>Client-Zertifikat und Client-Schlüssel beide angeben oder keines von beiden.</translation>
    </message>
    <message>
        <source>To verify the engine, give the CA certificate that signed it (or explicitly turn verification off).</source>
        <translation>Um die Engine zu prüfen, das CA-Zertifikat angeben, das sie signiert hat (oder die Prüfung ausdrücklich abschalten).</translation>
    </message>
    <message>
        <source>TLS verification is off: anyone between you and the engine can impersonate it and take control of your containers.</source>
        <translation>Die TLS-Prüfung ist aus: jeder zwischen dir und der Engine kann sich als sie ausgeben und deine Container übernehmen.</translation>
    </message>
    <message>
        <source>This engine is reached over plain TCP without TLS: anyone on the network can control it. Use TLS or SSH for engines on other machines.</source>
        <translation>Diese Engine wird über reines TCP ohne TLS erreicht: jeder im Netzwerk kann sie steuern. Für Engines auf anderen Rechnern TLS oder SSH verwenden.</translation>
    </message>
    <message>
        <source>the same engine as {0}</source>
        <translation>dieselbe Engine wie {0}</translation>
    </message>
    <message>
        <source>The saved engines in {0} cannot be read: {1}</source>
        <translation>Die gespeicherten Engines in {0} können nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>The engine closed the events stream.</source>
        <translation>Die Engine hat den Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>The events stream was closed.</source>
        <translation>Der Ereignisstrom wurde geschlossen.</translation>
    </message>
    <message>
        <source>{0} has no shell to open: none of {1} exists in it. Minimal images (distroless, scratch) often have none. Use Container ▸ Debug shell: a shell beside it, with its processes, network and volumes (its files at /proc/1/root).</source>
        <translation>{0} hat keine Shell zum Öffnen: keine von {1} gibt es darin. Minimale Images (distroless, scratch) haben oft keine. Container ▸ Debug-Shell verwenden: eine Shell daneben, mit seinen Prozessen, seinem Netzwerk und seinen Volumes (seine Dateien unter /proc/1/root).</translation>
    </message>
    <message>
        <source>The engine said: {0}</source>
        <translation>Die Engine sagte: {0}</translation>
    </message>
    <message>
        <source>Opening a terminal</source>
        <translation>Terminal öffnen</translation>
    </message>
    <message>
        <source>Attaching</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>{0} was not started with -i -t (interactive, with a terminal): its main process has no terminal to attach to. Open a terminal (exec) instead.</source>
        <translation>{0} wurde nicht mit -i -t (interaktiv, mit Terminal) gestartet: sein Hauptprozess hat kein Terminal zum Anhängen. Stattdessen ein Terminal (exec) öffnen.</translation>
    </message>
    <message>
        <source>Resizing the terminal</source>
        <translation>Größe des Terminals ändern</translation>
    </message>
    <message>
        <source>Reading the exit code</source>
        <translation>Exit-Code lesen</translation>
    </message>
    <message>
        <source>Reading logs</source>
        <translation>Logs lesen</translation>
    </message>
    <message>
        <source>The engine closed the log stream.</source>
        <translation>Die Engine hat den Log-Strom geschlossen.</translation>
    </message>
    <message>
        <source>The log stream broke off.</source>
        <translation>Der Log-Strom ist abgerissen.</translation>
    </message>
    <message>
        <source>Reading stats</source>
        <translation>Statistiken lesen</translation>
    </message>
    <message>
        <source>The stats stream broke off.</source>
        <translation>Der Statistik-Strom ist abgerissen.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>A volume name needs at least two characters.</source>
        <translation>Ein Volume-Name braucht mindestens zwei Zeichen.</translation>
    </message>
    <message>
        <source>A volume name must start with a letter or a digit (not “{0}”).</source>
        <translation>Ein Volume-Name muss mit einem Buchstaben oder einer Ziffer beginnen (nicht „{0}“).</translation>
    </message>
    <message>
        <source>A volume name may contain only letters a–z and A–Z, digits, “_”, “.” and “-”; remove: {0}.</source>
        <translation>Ein Volume-Name darf nur die Buchstaben a–z und A–Z, Ziffern, „_“, „.“ und „-“ enthalten; entfernen: {0}.</translation>
    </message>
    <message>
        <source>A container name needs at least two characters.</source>
        <translation>Ein Container-Name braucht mindestens zwei Zeichen.</translation>
    </message>
    <message>
        <source>A container name must start with a letter or a digit (not “{0}”).</source>
        <translation>Ein Container-Name muss mit einem Buchstaben oder einer Ziffer beginnen (nicht „{0}“).</translation>
    </message>
    <message>
        <source>A container name may contain only letters a–z and A–Z, digits, “_”, “.” and “-”; remove: {0}.</source>
        <translation>Ein Container-Name darf nur die Buchstaben a–z und A–Z, Ziffern, „_“, „.“ und „-“ enthalten; entfernen: {0}.</translation>
    </message>
    <message>
        <source>Give the volume a name, for example “my_volume”.</source>
        <translation>Dem Volume einen Namen geben, zum Beispiel „my_volume“.</translation>
    </message>
    <message>
        <source>(A path on the host is a bind mount, not a volume.)</source>
        <translation>(Ein Pfad auf dem Host ist ein Bind-Mount, kein Volume.)</translation>
    </message>
    <message>
        <source>A volume name may be at most {0} characters long (this one has {1}).</source>
        <translation>Ein Volume-Name darf höchstens {0} Zeichen lang sein (dieser hat {1}).</translation>
    </message>
    <message>
        <source>A volume name may not contain “/”, NUL or leading/trailing spaces.</source>
        <translation>Ein Volume-Name darf weder „/“ noch NUL noch Leerzeichen am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <source>Give the container a name, for example “web”.</source>
        <translation>Dem Container einen Namen geben, zum Beispiel „web“.</translation>
    </message>
    <message>
        <source>A driver name has no spaces, for example “local”.</source>
        <translation>Ein Treibername hat keine Leerzeichen, zum Beispiel „local“.</translation>
    </message>
    <message>
        <source>Line {0}: an option needs a name before “=”, as in “com.example.owner=alice”.</source>
        <translation>Zeile {0}: eine Option braucht einen Namen vor „=“, wie in „com.example.owner=alice“.</translation>
    </message>
    <message>
        <source>Line {0}: the option name {1} contains spaces; use “.”, “-” or “_” instead.</source>
        <translation>Zeile {0}: der Optionsname {1} enthält Leerzeichen; stattdessen „.“, „-“ oder „_“ verwenden.</translation>
    </message>
    <message>
        <source>Line {0}: the option “{1}” is given twice.</source>
        <translation>Zeile {0}: die Option „{1}“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Line {0}: a label needs a name before “=”, as in “com.example.owner=alice”.</source>
        <translation>Zeile {0}: ein Label braucht einen Namen vor „=“, wie in „com.example.owner=alice“.</translation>
    </message>
    <message>
        <source>Line {0}: the label name {1} contains spaces; use “.”, “-” or “_” instead.</source>
        <translation>Zeile {0}: der Label-Name {1} enthält Leerzeichen; stattdessen „.“, „-“ oder „_“ verwenden.</translation>
    </message>
    <message>
        <source>Line {0}: the label “{1}” is given twice.</source>
        <translation>Zeile {0}: das Label „{1}“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Line {0}: the variable has no name. Environment lines look like “NAME=value”.</source>
        <translation>Zeile {0}: die Variable hat keinen Namen. Umgebungszeilen sehen so aus: „NAME=Wert“.</translation>
    </message>
    <message>
        <source>Line {0}: the variable name {1} contains spaces. Environment lines look like “NAME=value”.</source>
        <translation>Zeile {0}: der Variablenname {1} enthält Leerzeichen. Umgebungszeilen sehen so aus: „NAME=Wert“.</translation>
    </message>
    <message>
        <source>Line {0}: “{1}” has no “=”; write “{1}=” for an empty value.</source>
        <translation>Zeile {0}: „{1}“ hat kein „=“; für einen leeren Wert „{1}=“ schreiben.</translation>
    </message>
    <message>
        <source>Line {0}: the variable “{1}” is set twice.</source>
        <translation>Zeile {0}: die Variable „{1}“ ist doppelt gesetzt.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host port “{1}” is not a port number (0–65535) or a range like 8000-8010.</source>
        <translation>Portangabe „{0}“: der Host-Port „{1}“ ist keine Portnummer (0–65535) und kein Bereich wie 8000-8010.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host port range “{1}” ends before it starts.</source>
        <translation>Portangabe „{0}“: der Host-Portbereich „{1}“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port “{1}” is not a port number (0–65535) or a range like 8000-8010.</source>
        <translation>Portangabe „{0}“: der Container-Port „{1}“ ist keine Portnummer (0–65535) und kein Bereich wie 8000-8010.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port range “{1}” ends before it starts.</source>
        <translation>Portangabe „{0}“: der Container-Portbereich „{1}“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Give a port, for example “8080:80” (host port 8080 to port 80 in the container).</source>
        <translation>Einen Port angeben, zum Beispiel „8080:80“ (Host-Port 8080 auf Port 80 im Container).</translation>
    </message>
    <message>
        <source>Port spec “{0}”: use the short form “[ip:][hostPort:]containerPort[/protocol]”, e.g. “8080:80”.</source>
        <translation>Portangabe „{0}“: die Kurzform „[ip:][hostPort:]containerPort[/protocol]“ verwenden, z. B. „8080:80“.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: more than one “/”.</source>
        <translation>Portangabe „{0}“: mehr als ein „/“.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the IPv6 address “{1}” lacks its closing “]”.</source>
        <translation>Portangabe „{0}“: der IPv6-Adresse „{1}“ fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: “{1}” is not an IP address of this host (e.g. 127.0.0.1 or ::1).</source>
        <translation>Portangabe „{0}“: „{1}“ ist keine IP-Adresse dieses Hosts (z. B. 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port is missing.</source>
        <translation>Portangabe „{0}“: der Container-Port fehlt.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port cannot be 0.</source>
        <translation>Portangabe „{0}“: der Container-Port kann nicht 0 sein.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the protocol must be tcp, udp or sctp (not “{1}”).</source>
        <translation>Portangabe „{0}“: das Protokoll muss tcp, udp oder sctp sein (nicht „{1}“).</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host range and the container range must have the same length.</source>
        <translation>Portangabe „{0}“: Host-Bereich und Container-Bereich müssen gleich lang sein.</translation>
    </message>
    <message>
        <source>Give the path inside the container, for example “/data”.</source>
        <translation>Den Pfad im Container angeben, zum Beispiel „/data“.</translation>
    </message>
    <message>
        <source>A mount path may not contain NUL or line breaks.</source>
        <translation>Ein Einhängepfad darf weder NUL noch Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The mount path “{0}” must be absolute, starting with “/” (for example “/{1}”).</source>
        <translation>Der Einhängepfad „{0}“ muss absolut sein und mit „/“ beginnen (zum Beispiel „/{1}“).</translation>
    </message>
    <message>
        <source>The mount path “{0}” may not contain “:” (docker -v uses it to separate the parts).</source>
        <translation>Der Einhängepfad „{0}“ darf kein „:“ enthalten (docker -v trennt damit die Teile).</translation>
    </message>
    <message>
        <source>A volume cannot be mounted over “/”, the container&apos;s root.</source>
        <translation>Ein Volume kann nicht über „/“, die Wurzel des Containers, eingehängt werden.</translation>
    </message>
    <message>
        <source>“{0}” points outside the volume.</source>
        <translation>„{0}“ zeigt aus dem Volume hinaus.</translation>
    </message>
    <message>
        <source>Create volume {0}</source>
        <translation>Volume {0} erstellen</translation>
    </message>
    <message>
        <source>Remove volume {0}</source>
        <translation>Volume {0} entfernen</translation>
    </message>
    <message>
        <source>No engine selected.</source>
        <translation>Keine Engine ausgewählt.</translation>
    </message>
    <message>
        <source>No engine is selected.</source>
        <translation>Es ist keine Engine ausgewählt.</translation>
    </message>
    <message>
        <source>from --host</source>
        <translation>aus --host</translation>
    </message>
    <message>
        <source>Default engine</source>
        <translation>Standard-Engine</translation>
    </message>
    <message>
        <source>DOCKER_HOST, the current context, the default socket or Podman</source>
        <translation>DOCKER_HOST, der aktuelle Kontext, der Standard-Socket oder Podman</translation>
    </message>
    <message>
        <source>Docker contexts could not be read: {0}</source>
        <translation>Die Docker-Kontexte konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Unknown engine {0}.</source>
        <translation>Unbekannte Engine {0}.</translation>
    </message>
    <message>
        <source>The application is shutting down.</source>
        <translation>Die Anwendung wird beendet.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>{0} — reconnecting automatically…</source>
        <translation>{0} — verbinde automatisch neu…</translation>
    </message>
    <message>
        <source>The engine at {0} did not answer in time — it may be overloaded or hung.</source>
        <translation>Die Engine unter {0} hat nicht rechtzeitig geantwortet — sie ist vielleicht überlastet oder hängt.</translation>
    </message>
    <message>
        <source>(no stack)</source>
        <translation>(kein Stack)</translation>
    </message>
    <message>
        <source>{0} (leader)</source>
        <translation>{0} (Leader)</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>ContainerBrowser</name>
    <message>
        <source>Move to a volume…</source>
        <translation>In ein Volume verschieben…</translation>
    </message>
    <message>
        <source>Put this folder of the write layer in a new volume, mounted at the same path, so its files outlive the container</source>
        <translation>Diesen Ordner der Schreibschicht in ein neues Volume legen, unter demselben Pfad eingehängt, damit seine Dateien den Container überleben</translation>
    </message>
    <message>
        <source>Changes of {0}</source>
        <translation>Änderungen von {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Write layer: %s (green: added, brown: changed, struck out: deleted), lost when the container is removed. Files in a volume stay.</source>
        <translation>Schreibschicht: %s (grün: hinzugefügt, braun: geändert, durchgestrichen: gelöscht), verloren, wenn der Container entfernt wird. Dateien in einem Volume bleiben.</translation>
    </message>
    <message>
        <source>Select one folder of the write layer (green) first.</source>
        <translation>Wähle zuerst einen Ordner der Schreibschicht (grün).</translation>
    </message>
    <message>
        <source>Move to a volume</source>
        <translation>In ein Volume verschieben</translation>
    </message>
    <message>
        <source>Name of the new volume:</source>
        <translation>Name des neuen Volumes:</translation>
    </message>
    <message>
        <source>Move /%s of %s into the new volume %s?

%sThe folder&apos;s files are copied into the volume (owners, modes and times kept) and compared, then %s is re-created with the volume mounted at /%s. If any step fails, the volume is removed and the container is left as it was.</source>
        <translation>/%s von %s in das neue Volume %s verschieben?

%sDie Dateien des Ordners werden ins Volume kopiert (Besitzer, Modi und Zeiten bleiben) und verglichen, dann wird %s mit dem unter /%s eingehängten Volume neu erstellt. Schlägt ein Schritt fehl, wird das Volume entfernt und der Container bleibt, wie er war.</translation>
    </message>
    <message>
        <source>The container is stopped meanwhile and started again.

</source>
        <translation>Der Container wird währenddessen gestoppt und danach wieder gestartet.

</translation>
    </message>
    <message>
        <source>Move {0} to volume {1}</source>
        <translation>{0} in Volume {1} verschieben</translation>
    </message>
</context>
<context>
    <name>ContainerErrors</name>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>{0} is over {1} kB: not a compose file volgui edits.</source>
        <translation>{0} ist größer als {1} kB: keine Compose-Datei, die volgui bearbeitet.</translation>
    </message>
    <message>
        <source>{0} is not valid YAML: {1}</source>
        <translation>{0} ist kein gültiges YAML: {1}</translation>
    </message>
    <message>
        <source>{0} has no services: is it a compose file?</source>
        <translation>{0} hat keine Dienste: ist das eine Compose-Datei?</translation>
    </message>
    <message>
        <source>No service {0} in the file.</source>
        <translation>Kein Dienst {0} in der Datei.</translation>
    </message>
    <message>
        <source>The file&apos;s top-level volumes are not a mapping.</source>
        <translation>Die Volumes auf oberster Ebene der Datei sind keine Zuordnung.</translation>
    </message>
    <message>
        <source>The service&apos;s volumes are not a list.</source>
        <translation>Die Volumes des Dienstes sind keine Liste.</translation>
    </message>
    <message>
        <source>The file already mounts something at {0}.</source>
        <translation>Die Datei hängt unter {0} bereits etwas ein.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Added {0} at {1} to {2}</source>
        <translation>{0} unter {1} zu {2} hinzugefügt</translation>
    </message>
    <message>
        <source>{0}: the anonymous volume at {1} is written as the external volume {2}… so its data is kept.</source>
        <translation>{0}: Das anonyme Volume unter {1} wird als externes Volume {2}… geschrieben, damit seine Daten erhalten bleiben.</translation>
    </message>
    <message>
        <source>A {0} mount at {1} is not written.</source>
        <translation>Eine {0}-Einhängung unter {1} wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>Reading from the container</source>
        <translation>Lesen aus dem Container</translation>
    </message>
    <message>
        <source>{0} does not exist in the container (any more).</source>
        <translation>{0} gibt es im Container nicht (mehr).</translation>
    </message>
    <message>
        <source>The engine sent an unreadable archive of {0}: {1}</source>
        <translation>Die Engine hat ein unlesbares Archiv von {0} gesendet: {1}</translation>
    </message>
    <message>
        <source>Listing {0}</source>
        <translation>Auflisten von {0}</translation>
    </message>
    <message>
        <source>Download the whole filesystem with {0} instead.</source>
        <translation>Lade das ganze Dateisystem stattdessen mit {0} herunter.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} existiert nicht.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist in the container.</source>
        <translation>Den Ordner {0} gibt es im Container nicht.</translation>
    </message>
    <message>
        <source>Copying into {0}</source>
        <translation>Kopieren nach {0}</translation>
    </message>
    <message>
        <source>The root folder already exists.</source>
        <translation>Der Wurzelordner existiert bereits.</translation>
    </message>
    <message>
        <source>{0} already exists in the container.</source>
        <translation>{0} existiert im Container bereits.</translation>
    </message>
    <message>
        <source>Creating folder {0}</source>
        <translation>Anlegen des Ordners {0}</translation>
    </message>
    <message>
        <source>The root folder cannot be deleted.</source>
        <translation>Der Wurzelordner kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>a read-only or mounted path? Use: {0}</source>
        <translation>ein schreibgeschützter oder eingehängter Pfad? Nimm: {0}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>volume {0}, read-only</source>
        <translation>Volume {0}, schreibgeschützt</translation>
    </message>
    <message>
        <source>bind mount {0}, read-only</source>
        <translation>Bind-Mount {0}, schreibgeschützt</translation>
    </message>
    <message>
        <source>bind mount {0}</source>
        <translation>Bind-Mount {0}</translation>
    </message>
    <message>
        <source>tmpfs (memory)</source>
        <translation>tmpfs (Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>{0} mount, read-only</source>
        <translation>{0}-Einhängung, schreibgeschützt</translation>
    </message>
    <message>
        <source>{0} mount</source>
        <translation>{0}-Einhängung</translation>
    </message>
    <message>
        <source>write layer</source>
        <translation>Schreibschicht</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>In {0}, mounted at {1}: it stays when the container is removed.</source>
        <translation>In {0}, eingehängt unter {1}: bleibt, wenn der Container entfernt wird.</translation>
    </message>
    <message>
        <source>Written by docker for this container (its name, addresses, DNS) at each start.</source>
        <translation>Von docker für diesen Container bei jedem Start geschrieben (sein Name, seine Adressen, DNS).</translation>
    </message>
    <message>
        <source>Deleted in the write layer: the image still has it, this container does not.</source>
        <translation>In der Schreibschicht gelöscht: das Image hat es noch, dieser Container nicht.</translation>
    </message>
    <message>
        <source>In the container&apos;s write layer: lost when the container is removed (put it in a volume to keep it).</source>
        <translation>In der Schreibschicht des Containers: geht verloren, wenn der Container entfernt wird (leg es in ein Volume, um es zu behalten).</translation>
    </message>
    <message>
        <source>From the image, unchanged: every container of the image has it.</source>
        <translation>Aus dem Image, unverändert: jeder Container des Images hat es.</translation>
    </message>
    <message>
        <source>Inspecting the container</source>
        <translation>Untersuchen des Containers</translation>
    </message>
    <message>
        <source>Reading the write layer&apos;s changes</source>
        <translation>Lesen der Änderungen in der Schreibschicht</translation>
    </message>
    <message>
        <source>volume {0} at {1} (read-only)</source>
        <translation>Volume {0} unter {1} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>volume {0} at {1} (read-write)</source>
        <translation>Volume {0} unter {1} (lesen und schreiben)</translation>
    </message>
    <message>
        <source>folder {0} at {1} (read-only)</source>
        <translation>Ordner {0} unter {1} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>folder {0} at {1} (read-write)</source>
        <translation>Ordner {0} unter {1} (lesen und schreiben)</translation>
    </message>
    <message>
        <source>the anonymous volume {0}</source>
        <translation>das anonyme Volume {0}</translation>
    </message>
    <message>
        <source>the volume {0}</source>
        <translation>das Volume {0}</translation>
    </message>
    <message>
        <source>the bind mount of {0}</source>
        <translation>der Bind-Mount von {0}</translation>
    </message>
    <message>
        <source>a tmpfs</source>
        <translation>ein tmpfs</translation>
    </message>
    <message>
        <source>a {0} mount</source>
        <translation>eine {0}-Einhängung</translation>
    </message>
    <message>
        <source>Enter the path inside the container, for example /data.</source>
        <translation>Gib den Pfad im Container ein, zum Beispiel /data.</translation>
    </message>
    <message>
        <source>The path cannot start or end with spaces.</source>
        <translation>Der Pfad darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The path cannot contain a line break, tab or NUL character.</source>
        <translation>Der Pfad darf keinen Zeilenumbruch, Tabulator und kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The path cannot contain “:” (docker uses it to separate source, path and options).</source>
        <translation>Der Pfad darf kein „:“ enthalten (docker trennt damit Quelle, Pfad und Optionen).</translation>
    </message>
    <message>
        <source>The path must be absolute: start it with /.</source>
        <translation>Der Pfad muss absolut sein: beginne ihn mit /.</translation>
    </message>
    <message>
        <source>The path cannot contain “..”: write the folder it means.</source>
        <translation>Der Pfad darf kein „..“ enthalten: schreib den Ordner, der gemeint ist.</translation>
    </message>
    <message>
        <source>Cannot mount over the container&apos;s root folder /.</source>
        <translation>Über den Wurzelordner / des Containers kann nichts eingehängt werden.</translation>
    </message>
    <message>
        <source>{0} is managed by the container runtime and cannot be a mount target.</source>
        <translation>{0} wird von der Container-Laufzeit verwaltet und kann kein Einhängeziel sein.</translation>
    </message>
    <message>
        <source>{0} is already the target of {1}: choose another path, or replace that mount.</source>
        <translation>{0} ist bereits belegt ({1}): wähle einen anderen Pfad oder ersetze diese Einhängung.</translation>
    </message>
    <message>
        <source>renaming the original container out of the way</source>
        <translation>Umbenennen des ursprünglichen Containers, um ihn beiseitezustellen</translation>
    </message>
    <message>
        <source>creating the new container</source>
        <translation>Erstellen des neuen Containers</translation>
    </message>
    <message>
        <source>connecting the new container to its networks</source>
        <translation>Verbinden des neuen Containers mit seinen Netzwerken</translation>
    </message>
    <message>
        <source>stopping the original container</source>
        <translation>Stoppen des ursprünglichen Containers</translation>
    </message>
    <message>
        <source>saving the original container&apos;s files to a snapshot image</source>
        <translation>Sichern der Dateien des ursprünglichen Containers in ein Snapshot-Image</translation>
    </message>
    <message>
        <source>copying the files of the write layer</source>
        <translation>Kopieren der Dateien der Schreibschicht</translation>
    </message>
    <message>
        <source>starting the new container</source>
        <translation>Starten des neuen Containers</translation>
    </message>
    <message>
        <source>removing the original container</source>
        <translation>Entfernen des ursprünglichen Containers</translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation>Erledigt: {0}.</translation>
    </message>
    <message>
        <source>Mount {0} in {1}</source>
        <translation>{0} in {1} einhängen</translation>
    </message>
    <message>
        <source>Remove the mount at {0} from {1}</source>
        <translation>Die Einhängung unter {0} aus {1} entfernen</translation>
    </message>
    <message>
        <source>Replace {0} at {1} with {2}</source>
        <translation>Ersetzen: {0} unter {1} durch {2}</translation>
    </message>
    <message>
        <source>Re-create {0}</source>
        <translation>{0} neu erstellen</translation>
    </message>
    <message>
        <source>Cannot change the mounts of {0}: {1}</source>
        <translation>Die Einhängungen von {0} können nicht geändert werden: {1}</translation>
    </message>
    <message>
        <source>{0} is inside {1} mounted at {2}: docker will create the folder there.</source>
        <translation>{0} liegt innerhalb einer Einhängung ({1} unter {2}): docker legt den Ordner dort an.</translation>
    </message>
    <message>
        <source>it comes from --volumes-from another container</source>
        <translation>sie kommt per --volumes-from von einem anderen Container</translation>
    </message>
    <message>
        <source>it is declared by the image (VOLUME in its Dockerfile): docker would give the new container a fresh anonymous volume there; replace it with a volume instead</source>
        <translation>das Image deklariert sie (VOLUME in seinem Dockerfile): docker gäbe dem neuen Container dort ein frisches anonymes Volume; ersetze sie stattdessen durch ein Volume</translation>
    </message>
    <message>
        <source>The mount at {0} cannot be removed: {1}.</source>
        <translation>Die Einhängung unter {0} kann nicht entfernt werden: {1}.</translation>
    </message>
    <message>
        <source>A snapshot image would declare the anonymous volume again: choose copy or discard to remove it.</source>
        <translation>Ein Snapshot-Image würde das anonyme Volume erneut deklarieren: wähle Kopieren oder Verwerfen, um es zu entfernen.</translation>
    </message>
    <message>
        <source>The anonymous volume {0} stays on disk, unused, with its data; remove it from the volumes view when you are sure.</source>
        <translation>Das anonyme Volume {0} bleibt ungenutzt mit seinen Daten auf der Festplatte; entferne es in der Volume-Ansicht, wenn du sicher bist.</translation>
    </message>
    <message>
        <source>the volume {0} and its data (only the mount goes)</source>
        <translation>das Volume {0} und seine Daten (nur die Einhängung fällt weg)</translation>
    </message>
    <message>
        <source>the folder {0} on the host (only the mount goes)</source>
        <translation>der Ordner {0} auf dem Host (nur die Einhängung fällt weg)</translation>
    </message>
    <message>
        <source>The mount at {0} comes from --volumes-from another container and cannot be replaced here.</source>
        <translation>Die Einhängung unter {0} kommt per --volumes-from von einem anderen Container und kann hier nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>{0} is already mounted at {1}.</source>
        <translation>{0} ist bereits unter {1} eingehängt.</translation>
    </message>
    <message>
        <source>The anonymous volume {0} stays on disk, unused.</source>
        <translation>Das anonyme Volume {0} bleibt ungenutzt auf der Festplatte.</translation>
    </message>
    <message>
        <source>Nothing is mounted at {0} in {1}.</source>
        <translation>In {1} ist unter {0} nichts eingehängt.</translation>
    </message>
    <message>
        <source>The volume {0} is already mounted in {1} at {2}.</source>
        <translation>Das Volume {0} ist in {1} bereits unter {2} eingehängt.</translation>
    </message>
    <message>
        <source>The volume {0} does not exist (any more).</source>
        <translation>Das Volume {0} existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The folder to mount must be an absolute path on the engine&apos;s machine.</source>
        <translation>Der einzuhängende Ordner muss ein absoluter Pfad auf dem Rechner der Engine sein.</translation>
    </message>
    <message>
        <source>The folder&apos;s path cannot contain “:” or “,”.</source>
        <translation>Der Pfad des Ordners darf weder „:“ noch „,“ enthalten.</translation>
    </message>
    <message>
        <source>Unknown mount type {0}.</source>
        <translation>Unbekannte Einhängeart {0}.</translation>
    </message>
    <message>
        <source>{0} is paused: resume or stop it first.</source>
        <translation>{0} ist pausiert: setze ihn zuerst fort oder stoppe ihn.</translation>
    </message>
    <message>
        <source>{0} keeps restarting: stop it first, then change its mounts.</source>
        <translation>{0} startet immer wieder neu: stoppe ihn zuerst, dann ändere seine Einhängungen.</translation>
    </message>
    <message>
        <source>{0} is {1} and cannot be re-created.</source>
        <translation>{0} ist {1} und kann nicht neu erstellt werden.</translation>
    </message>
    <message>
        <source>its service</source>
        <translation>seinem Dienst</translation>
    </message>
    <message>
        <source>{0} is a task of the swarm service {1}: swarm would replace it. Change the service instead ({2}).</source>
        <translation>{0} ist eine Aufgabe des Swarm-Dienstes {1}: der Swarm würde ihn ersetzen. Ändere stattdessen den Dienst ({2}).</translation>
    </message>
    <message>
        <source>{0} belongs to the compose project {1} (service {2}): the next {3} re-creates it from the compose file and the mount is lost. Edit the compose file to keep it.</source>
        <translation>{0} gehört zum Compose-Projekt {1} (Dienst {2}): das nächste {3} erstellt ihn aus der Compose-Datei neu, und die Einhängung geht verloren. Bearbeite die Compose-Datei, um sie zu behalten.</translation>
    </message>
    <message>
        <source>{0} was started with --rm: the engine deletes it as soon as it stops, so if starting the new container then fails, the original cannot be brought back (the new one is left created under the same name).</source>
        <translation>{0} wurde mit --rm gestartet: die Engine löscht ihn, sobald er stoppt; scheitert dann der Start des neuen Containers, lässt sich das Original nicht zurückholen (der neue bleibt unter demselben Namen erstellt).</translation>
    </message>
    <message>
        <source>{0} depends on {1} ({2}): it keeps pointing at the old container. Re-create or restart {0} afterwards.</source>
        <translation>{0} hängt von {1} ab ({2}): er zeigt weiter auf den alten Container. Erstelle {0} danach neu oder starte ihn neu.</translation>
    </message>
    <message>
        <source>image: the same image as before, by ID {0} ({1} now points elsewhere)</source>
        <translation>Image: dasselbe Image wie zuvor, per ID {0} ({1} zeigt jetzt woandershin)</translation>
    </message>
    <message>
        <source>image: the same image as before, by ID {0} ({1} is gone)</source>
        <translation>Image: dasselbe Image wie zuvor, per ID {0} ({1} gibt es nicht mehr)</translation>
    </message>
    <message>
        <source>image: {0}</source>
        <translation>Image: {0}</translation>
    </message>
    <message>
        <source>{0} refers to a container that no longer exists ({1}).</source>
        <translation>{0} verweist auf einen Container, den es nicht mehr gibt ({1}).</translation>
    </message>
    <message>
        <source>Listing the write layer</source>
        <translation>Auflisten der Schreibschicht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the write layer at {0} will be hidden under the new mount and are not copied.</source>
        <translation>
            <numerusform>%Ln Datei in der Schreibschicht unter {0} wird unter der neuen Einhängung verborgen und nicht kopiert.</numerusform>
            <numerusform>%Ln Dateien in der Schreibschicht unter {0} werden unter der neuen Einhängung verborgen und nicht kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the write layer at {0} will be hidden under the new mount.</source>
        <translation>
            <numerusform>%Ln Datei in der Schreibschicht unter {0} wird unter der neuen Einhängung verborgen.</numerusform>
            <numerusform>%Ln Dateien in der Schreibschicht unter {0} werden unter der neuen Einhängung verborgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted in the container come back from the image (copying does not replay deletions; a snapshot keeps them deleted).</source>
        <translation>
            <numerusform>%Ln im Container gelöschte Datei kommt aus dem Image zurück (Kopieren wiederholt keine Löschungen; ein Snapshot lässt sie gelöscht).</numerusform>
            <numerusform>%Ln im Container gelöschte Dateien kommen aus dem Image zurück (Kopieren wiederholt keine Löschungen; ein Snapshot lässt sie gelöscht).</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot image ({0}) stays after the re-create: the new container is made from it. Remove it once the container is gone.</source>
        <translation>Das Snapshot-Image ({0}) bleibt nach dem Neuerstellen: der neue Container wird daraus gemacht. Entferne es, sobald der Container weg ist.</translation>
    </message>
    <message>
        <source>The container has secret environment values: volgui blanks them in the snapshot image&apos;s settings, but some engines (Docker 20.10 among them) also keep a full copy there that {0} shows. Choose copy to avoid it.</source>
        <translation>Der Container hat geheime Umgebungswerte: volgui leert sie in den Einstellungen des Snapshot-Images, aber manche Engines (darunter Docker 20.10) behalten dort auch eine vollständige Kopie, die {0} zeigt. Wähle Kopieren, um das zu vermeiden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) in the write layer will be lost.</source>
        <translation>
            <numerusform>%Ln Änderung in der Schreibschicht geht verloren.</numerusform>
            <numerusform>%Ln Änderungen in der Schreibschicht gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} changed since the plan was made: nothing was done. Look again and retry.</source>
        <translation>{0} hat sich seit dem Plan geändert: es wurde nichts getan. Sieh noch einmal nach und versuche es erneut.</translation>
    </message>
    <message>
        <source>Checking the volumes</source>
        <translation>Prüfen der Volumes</translation>
    </message>
    <message>
        <source>The volume {0} no longer exists: mounting it would create an empty one. Nothing was done: {1} is as it was.</source>
        <translation>Das Volume {0} existiert nicht mehr: es einzuhängen würde ein leeres anlegen. Es wurde nichts getan: {1} ist, wie er war.</translation>
    </message>
    <message>
        <source>The volumes {0} no longer exist: mounting them would create empty ones. Nothing was done: {1} is as it was.</source>
        <translation>Die Volumes {0} existieren nicht mehr: sie einzuhängen würde leere anlegen. Es wurde nichts getan: {1} ist, wie er war.</translation>
    </message>
    <message>
        <source>The snapshot image {0} could not be removed: {1}</source>
        <translation>Das Snapshot-Image {0} konnte nicht entfernt werden: {1}</translation>
    </message>
    <message>
        <source>The snapshot image {0} stays: the new container is made from it. Remove it together with the container ({1}).</source>
        <translation>Das Snapshot-Image {0} bleibt: der neue Container ist daraus gemacht. Entferne es zusammen mit dem Container ({1}).</translation>
    </message>
    <message>
        <source>This engine keeps a copy of the original container&apos;s settings in it, secret environment values included: whoever can use this engine can read them.</source>
        <translation>Diese Engine behält darin eine Kopie der Einstellungen des ursprünglichen Containers, geheime Umgebungswerte eingeschlossen: wer diese Engine nutzen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>the original container was started with --rm and the engine deleted it when it stopped; the new container is kept under the name {0}</source>
        <translation>der ursprüngliche Container wurde mit --rm gestartet, und die Engine hat ihn beim Stoppen gelöscht; der neue Container bleibt unter dem Namen {0}</translation>
    </message>
    <message>
        <source>removing the new container</source>
        <translation>Entfernen des neuen Containers</translation>
    </message>
    <message>
        <source>renaming the original back to {0}</source>
        <translation>Zurückbenennen des Originals in {0}</translation>
    </message>
    <message>
        <source>starting the original again</source>
        <translation>erneutes Starten des Originals</translation>
    </message>
    <message>
        <source>removing the snapshot image</source>
        <translation>Entfernen des Snapshot-Images</translation>
    </message>
    <message>
        <source>Cancelled while {0}.</source>
        <translation>Abgebrochen beim {0}.</translation>
    </message>
    <message>
        <source>Changing the mounts of {0} failed while {1}: {2}</source>
        <translation>Das Ändern der Einhängungen von {0} ist beim {1} fehlgeschlagen: {2}</translation>
    </message>
    <message>
        <source>Nothing changed: {0} is back as it was, running.</source>
        <translation>Nichts geändert: {0} ist wieder, wie er war, und läuft.</translation>
    </message>
    <message>
        <source>Nothing changed: {0} is back as it was.</source>
        <translation>Nichts geändert: {0} ist wieder, wie er war.</translation>
    </message>
    <message>
        <source>The original container may be named {0}.</source>
        <translation>Der ursprüngliche Container heißt möglicherweise {0}.</translation>
    </message>
    <message>
        <source>Putting things back failed too — {0}.</source>
        <translation>Auch das Zurücksetzen ist fehlgeschlagen — {0}.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>{0} ({1}) is the original {2}; a container named {2} exists too (the new one, perhaps not complete).</source>
        <translation>{0} ({1}) ist das Original von {2}; ein Container namens {2} existiert auch (der neue, vielleicht unvollständig).</translation>
    </message>
    <message>
        <source>{0} ({1}) is the original {2}, still renamed.</source>
        <translation>{0} ({1}) ist das Original von {2}, noch umbenannt.</translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation>Auflisten der Container</translation>
    </message>
    <message>
        <source>{0} is taken by another container: look at both, remove the one you do not want, then restore {1}.</source>
        <translation>{0} ist von einem anderen Container belegt: sieh dir beide an, entferne den, den du nicht willst, und stelle dann {1} wieder her.</translation>
    </message>
    <message>
        <source>Renaming the container</source>
        <translation>Umbenennen des Containers</translation>
    </message>
    <message>
        <source>shares its network</source>
        <translation>teilt sein Netzwerk</translation>
    </message>
    <message>
        <source>shares its IPC</source>
        <translation>teilt seine IPC</translation>
    </message>
    <message>
        <source>shares its processes</source>
        <translation>teilt seine Prozesse</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>Wähle ein Image.</translation>
    </message>
    <message>
        <source>The command cannot be split into words: {0}.</source>
        <translation>Der Befehl lässt sich nicht in Wörter zerlegen: {0}.</translation>
    </message>
    <message>
        <source>“{0}” is neither a volume name nor an absolute folder path.</source>
        <translation>„{0}“ ist weder ein Volume-Name noch ein absoluter Ordnerpfad.</translation>
    </message>
    <message>
        <source>Unknown restart policy {0}.</source>
        <translation>Unbekannte Neustartrichtlinie {0}.</translation>
    </message>
    <message>
        <source>A container removed when it stops (--rm) cannot also have a restart policy.</source>
        <translation>Ein Container, der beim Stoppen entfernt wird (--rm), kann nicht zusätzlich eine Neustartrichtlinie haben.</translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation>Erstellen des Containers</translation>
    </message>
    <message>
        <source>Starting the container</source>
        <translation>Starten des Containers</translation>
    </message>
    <message>
        <source>{0} (the container was not kept)</source>
        <translation>{0} (der Container wurde nicht behalten)</translation>
    </message>
    <message>
        <source>Inspecting the tools image</source>
        <translation>Untersuchen des Werkzeug-Images</translation>
    </message>
    <message>
        <source>The tools image {0} is built for {1} processors, but the engine runs {2} programs: a shell from it would not start. Choose or make a tools image for {2} (Volumes ▸ Tools image for fast backups…).</source>
        <translation>Das Werkzeug-Image {0} ist für {1}-Prozessoren gebaut, die Engine führt aber {2}-Programme aus: eine Shell daraus würde nicht starten. Wähle oder erstelle ein Werkzeug-Image für {2} (Volumes ▸ Werkzeug-Image für schnelle Sicherungen…).</translation>
    </message>
    <message>
        <source>This engine has no tools image, and volgui makes one only for an engine on this machine. Load one there, labelled {0}, to open shells.</source>
        <translation>Diese Engine hat kein Werkzeug-Image, und volgui erstellt eines nur für eine Engine auf diesem Rechner. Lade dort eines mit dem Label {0}, um Shells zu öffnen.</translation>
    </message>
    <message>
        <source>Checking the helper</source>
        <translation>Prüfen des Hilfscontainers</translation>
    </message>
    <message>
        <source>The shell helper did not start (exit code {0}).</source>
        <translation>Der Hilfscontainer der Shell ist nicht gestartet (Exit-Code {0}).</translation>
    </message>
    <message>
        <source>Preparing a debug shell for {0}</source>
        <translation>Vorbereiten einer Debug-Shell für {0}</translation>
    </message>
    <message>
        <source>Starting a debug shell for {0}</source>
        <translation>Starten einer Debug-Shell für {0}</translation>
    </message>
    <message>
        <source>Debug shell for {0} — a helper container from {1}, not {0} itself.</source>
        <translation>Debug-Shell für {0} — ein Hilfscontainer aus {1}, nicht {0} selbst.</translation>
    </message>
    <message>
        <source>It shares {0}&apos;s processes and network; {0}&apos;s files are at {1},</source>
        <translation>Er teilt die Prozesse und das Netzwerk von {0}; die Dateien von {0} liegen unter {1},</translation>
    </message>
    <message>
        <source>its volumes at their own paths. Closing this tab removes the helper.</source>
        <translation>seine Volumes unter ihren eigenen Pfaden. Das Schließen dieses Tabs entfernt den Hilfscontainer.</translation>
    </message>
    <message>
        <source>debug: {0}</source>
        <translation>Debug: {0}</translation>
    </message>
    <message>
        <source>Reading busybox from the tools image</source>
        <translation>Lesen von busybox aus dem Werkzeug-Image</translation>
    </message>
    <message>
        <source>The tools image&apos;s busybox is larger than any busybox: refused.</source>
        <translation>Das busybox des Werkzeug-Images ist größer als jedes busybox: abgelehnt.</translation>
    </message>
    <message>
        <source>The tools image has no usable {0}.</source>
        <translation>Das Werkzeug-Image hat kein brauchbares {0}.</translation>
    </message>
    <message>
        <source>Copying {0}&apos;s files</source>
        <translation>Kopieren der Dateien von {0}</translation>
    </message>
    <message>
        <source>Copying busybox into the helper</source>
        <translation>Kopieren von busybox in den Hilfscontainer</translation>
    </message>
    <message>
        <source>Debug shell for {0} (stopped) — in a copy of its files, made for this shell.</source>
        <translation>Debug-Shell für {0} (gestoppt) — in einer Kopie seiner Dateien, gemacht für diese Shell.</translation>
    </message>
    <message>
        <source>Changes here are made in the copy, not in the container — except in its volumes,</source>
        <translation>Änderungen hier betreffen die Kopie, nicht den Container — außer in seinen Volumes,</translation>
    </message>
    <message>
        <source>which are the real ones. Closing this tab removes the helper and the copy.</source>
        <translation>die die echten sind. Das Schließen dieses Tabs entfernt den Hilfscontainer und die Kopie.</translation>
    </message>
    <message>
        <source>Preparing a shell in volume {0}</source>
        <translation>Vorbereiten einer Shell im Volume {0}</translation>
    </message>
    <message>
        <source>Starting a shell in volume {0}</source>
        <translation>Starten einer Shell im Volume {0}</translation>
    </message>
    <message>
        <source>Shell in volume {0}, at {1} (read-only) — a helper container from {2}.</source>
        <translation>Shell im Volume {0}, unter {1} (schreibgeschützt) — ein Hilfscontainer aus {2}.</translation>
    </message>
    <message>
        <source>Shell in volume {0}, at {1} (read-write) — a helper container from {2}.</source>
        <translation>Shell im Volume {0}, unter {1} (lesen und schreiben) — ein Hilfscontainer aus {2}.</translation>
    </message>
    <message>
        <source>Closing this tab removes the helper; the volume stays.</source>
        <translation>Das Schließen dieses Tabs entfernt den Hilfscontainer; das Volume bleibt.</translation>
    </message>
    <message>
        <source>volume: {0}</source>
        <translation>Volume: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} is now volume {2} (%Ln item(s)): its files stay when the container is removed.</source>
        <translation>
            <numerusform>{0} von {1} ist jetzt das Volume {2} (%Ln Eintrag): seine Dateien bleiben, wenn der Container entfernt wird.</numerusform>
            <numerusform>{0} von {1} ist jetzt das Volume {2} (%Ln Einträge): seine Dateien bleiben, wenn der Container entfernt wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} holds more than %Ln entries: too many to check the copy; nothing was changed.</source>
        <translation>
            <numerusform>{0} enthält mehr als %Ln Eintrag: zu viele, um die Kopie zu prüfen; es wurde nichts geändert.</numerusform>
            <numerusform>{0} enthält mehr als %Ln Einträge: zu viele, um die Kopie zu prüfen; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The copy of {0} in volume {1} differs from the original (missing: {2}; different: {3}): nothing was changed.</source>
        <translation>Die Kopie von {0} im Volume {1} weicht vom Original ab (fehlt: {2}; anders: {3}): es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The whole filesystem cannot be moved to a volume: choose a folder.</source>
        <translation>Das ganze Dateisystem kann nicht in ein Volume verschoben werden: wähle einen Ordner.</translation>
    </message>
    <message>
        <source>{0} is already in {1}: its files already outlive the container.</source>
        <translation>{0} liegt bereits in {1}: seine Dateien überdauern den Container schon.</translation>
    </message>
    <message>
        <source>{0} is not a folder of {1}.</source>
        <translation>{0} ist kein Ordner von {1}.</translation>
    </message>
    <message>
        <source>A volume named {0} already exists: choose another name.</source>
        <translation>Ein Volume namens {0} existiert bereits: wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>{0} was started with --rm: stopping it would delete it. Nothing was changed.</source>
        <translation>{0} wurde mit --rm gestartet: ihn zu stoppen würde ihn löschen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopping {0}</source>
        <translation>Stoppen von {0}</translation>
    </message>
    <message>
        <source>Creating volume {0}</source>
        <translation>Erstellen des Volumes {0}</translation>
    </message>
    <message>
        <source>Starting {0}</source>
        <translation>Starten von {0}</translation>
    </message>
    <message>
        <source>The files of {0} are safe in volume {1} and {2} now mounts it, but it did not start again: {3}</source>
        <translation>Die Dateien von {0} sind sicher im Volume {1}, und {2} hängt es jetzt ein, ist aber nicht wieder gestartet: {3}</translation>
    </message>
    <message>
        <source>Saving images</source>
        <translation>Speichern der Images</translation>
    </message>
    <message numerus="yes">
        <source>It has over %Ln entries; {0} writes a few for each layer.</source>
        <translation>
            <numerusform>Es hat über %Ln Eintrag; {0} schreibt ein paar je Schicht.</numerusform>
            <numerusform>Es hat über %Ln Einträge; {0} schreibt ein paar je Schicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not an image archive. {1}</source>
        <translation>{0} ist kein Image-Archiv. {1}</translation>
    </message>
    <message>
        <source>{0} is not an image archive: it has no {1} ({2} makes one). Nothing was loaded.</source>
        <translation>{0} ist kein Image-Archiv: es hat keine {1} ({2} erzeugt eine). Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation>Laden der Images</translation>
    </message>
    <message>
        <source>The engine refused {0}: {1}</source>
        <translation>Die Engine hat {0} abgelehnt: {1}</translation>
    </message>
    <message>
        <source>Type an image name, such as {0} or {1}.</source>
        <translation>Gib einen Image-Namen ein, etwa {0} oder {1}.</translation>
    </message>
    <message numerus="yes">
        <source>An image name is at most %Ln characters long.</source>
        <translation>
            <numerusform>Ein Image-Name ist höchstens %Ln Zeichen lang.</numerusform>
            <numerusform>Ein Image-Name ist höchstens %Ln Zeichen lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not an image name: use lowercase letters, digits, and . _ - between them; a tag follows a colon ({1}).</source>
        <translation>{0} ist kein Image-Name: nimm Kleinbuchstaben, Ziffern und dazwischen . _ -; ein Tag folgt nach einem Doppelpunkt ({1}).</translation>
    </message>
    <message>
        <source>The engine stopped sending progress before the transfer ended.</source>
        <translation>Die Engine hat aufgehört, den Fortschritt zu senden, bevor die Übertragung zu Ende war.</translation>
    </message>
    <message>
        <source>Pulling {0}</source>
        <translation>Herunterladen von {0}</translation>
    </message>
    <message>
        <source>The engine ended the pull of {0} without the image: {1}</source>
        <translation>Die Engine hat das Herunterladen von {0} ohne das Image beendet: {1}</translation>
    </message>
    <message>
        <source>Push a tag, not a digest.</source>
        <translation>Lade ein Tag hoch, keinen Digest.</translation>
    </message>
    <message>
        <source>There is no image {0} on this engine to push.</source>
        <translation>Auf dieser Engine gibt es kein Image {0} zum Hochladen.</translation>
    </message>
    <message>
        <source>Pushing {0}</source>
        <translation>Hochladen von {0}</translation>
    </message>
    <message>
        <source>Reading the engine&apos;s swarm state</source>
        <translation>Lesen des Swarm-Zustands der Engine</translation>
    </message>
    <message>
        <source>Listing services</source>
        <translation>Auflisten der Dienste</translation>
    </message>
    <message>
        <source>Listing tasks</source>
        <translation>Auflisten der Aufgaben</translation>
    </message>
    <message>
        <source>Listing nodes</source>
        <translation>Auflisten der Knoten</translation>
    </message>
    <message>
        <source>Reading the logs of {0}</source>
        <translation>Lesen der Logs von {0}</translation>
    </message>
    <message>
        <source>The service mounts nothing at {0}.</source>
        <translation>Der Dienst hängt unter {0} nichts ein.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden erzwingen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove volume</source>
        <translation>Volume entfernen</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Image entfernen</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Prune build cache</source>
        <translation>Build-Cache aufräumen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Started {0}</source>
        <translation>Gestartet: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln Volume</numerusform>
            <numerusform>%Ln Volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln Container</numerusform>
            <numerusform>%Ln Container</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped {0}</source>
        <translation>Gestoppt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Started %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Container gestartet{1}: {0}</numerusform>
            <numerusform>%Ln Container gestartet{1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Container gestoppt{1}: {0}</numerusform>
            <numerusform>%Ln Container gestoppt{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarted {0}</source>
        <translation>Neu gestartet: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Container neu gestartet{1}: {0}</numerusform>
            <numerusform>%Ln Container neu gestartet{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused {0}</source>
        <translation>Pausiert: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Paused %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Container pausiert{1}: {0}</numerusform>
            <numerusform>%Ln Container pausiert{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpaused {0}</source>
        <translation>Fortgesetzt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Unpaused %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Container fortgesetzt{1}: {0}</numerusform>
            <numerusform>%Ln Container fortgesetzt{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Killed {0}</source>
        <translation>Hart beendet: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Killed %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Container hart beendet{1}: {0}</numerusform>
            <numerusform>%Ln Container hart beendet{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Entfernt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Container entfernt{1}: {0}</numerusform>
            <numerusform>%Ln Container entfernt{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed volume {0}</source>
        <translation>Volume entfernt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln volume(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Volume entfernt{1}: {0}</numerusform>
            <numerusform>%Ln Volumes entfernt{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {0}</source>
        <translation>Gelöscht: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln volume(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln Volume gelöscht{1}: {0}</numerusform>
            <numerusform>%Ln Volumes gelöscht{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing to do.</source>
        <translation>{0}: nichts zu tun.</translation>
    </message>
    <message>
        <source>{0} failed for {1} of {2}; done: {3}.</source>
        <translation>{0} ist bei {1} von {2} fehlgeschlagen; erledigt: {3}.</translation>
    </message>
    <message>
        <source>{0} failed.</source>
        <translation>{0} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>not done (cancelled)</source>
        <translation>nicht erledigt (abgebrochen)</translation>
    </message>
    <message>
        <source>Listing the project {0}</source>
        <translation>Auflisten des Projekts {0}</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>{0} starten</translation>
    </message>
    <message>
        <source>Stop {0}</source>
        <translation>{0} stoppen</translation>
    </message>
    <message>
        <source>Restart {0}</source>
        <translation>{0} neu starten</translation>
    </message>
    <message>
        <source>Listing the project&apos;s volumes</source>
        <translation>Auflisten der Volumes des Projekts</translation>
    </message>
    <message>
        <source>Listing the project&apos;s networks</source>
        <translation>Auflisten der Netzwerke des Projekts</translation>
    </message>
    <message>
        <source>Backing up {0} failed, so nothing was removed: {1}</source>
        <translation>Die Sicherung von {0} ist fehlgeschlagen, daher wurde nichts entfernt: {1}</translation>
    </message>
    <message>
        <source>network {0}</source>
        <translation>Netzwerk {0}</translation>
    </message>
    <message>
        <source>volume {0}</source>
        <translation>Volume {0}</translation>
    </message>
    <message>
        <source>Backing up {0} ({1}/{2})…</source>
        <translation>Sichere {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <source>Inspecting a container</source>
        <translation>Untersuchen eines Containers</translation>
    </message>
    <message>
        <source>Inspecting its image</source>
        <translation>Untersuchen seines Images</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln containers are written;</source>
        <translation>
            <numerusform>Nur der erste %Ln Container wird geschrieben;</numerusform>
            <numerusform>Nur die ersten %Ln Container werden geschrieben;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) are not.</source>
        <translation>
            <numerusform>%Ln weiterer nicht.</numerusform>
            <numerusform>%Ln weitere nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspecting {0}</source>
        <translation>Untersuchen von {0}</translation>
    </message>
    <message>
        <source>Pause {0}</source>
        <translation>{0} pausieren</translation>
    </message>
    <message>
        <source>Unpause {0}</source>
        <translation>{0} fortsetzen</translation>
    </message>
    <message>
        <source>Kill {0}</source>
        <translation>{0} hart beenden</translation>
    </message>
    <message>
        <source>{0} is running: stop it first, or let volgui stop it.</source>
        <translation>{0} läuft: stoppe ihn zuerst oder lass volgui ihn stoppen.</translation>
    </message>
    <message>
        <source>({0} was stopped but not removed.)</source>
        <translation>({0} wurde gestoppt, aber nicht entfernt.)</translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation>Auflisten der Images</translation>
    </message>
    <message>
        <source>Image {0} is no longer on this engine.</source>
        <translation>Das Image {0} ist nicht mehr auf dieser Engine.</translation>
    </message>
    <message>
        <source>{0} (running)</source>
        <translation>{0} (läuft)</translation>
    </message>
    <message>
        <source>In use by {0}: remove those containers first, or choose to remove them too.</source>
        <translation>In Gebrauch von {0}: entferne zuerst diese Container oder wähle, sie mit zu entfernen.</translation>
    </message>
    <message>
        <source>Remove image {0}</source>
        <translation>Image {0} entfernen</translation>
    </message>
    <message>
        <source>a container uses it now: kept</source>
        <translation>ein Container nutzt es jetzt: behalten</translation>
    </message>
    <message>
        <source>A tag cannot be a digest: use a name like {0}.</source>
        <translation>Ein Tag kann kein Digest sein: nimm einen Namen wie {0}.</translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>{0} taggen</translation>
    </message>
    <message>
        <source>Reading the image&apos;s history</source>
        <translation>Lesen der Image-Historie</translation>
    </message>
    <message>
        <source>Measuring disk use</source>
        <translation>Messen der Speicherbelegung</translation>
    </message>
    <message>
        <source>Snapshot of {0} ({1}/{2})…</source>
        <translation>Snapshot von {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>before “{0}” (a re-create)</source>
        <translation>vor „{0}“ (ein Neuerstellen)</translation>
    </message>
    <message>
        <source>The snapshot of {0} failed, so the container was not touched: {1}</source>
        <translation>Der Snapshot von {0} ist fehlgeschlagen, daher wurde der Container nicht angerührt: {1}</translation>
    </message>
    <message>
        <source>Backing up {0} failed, so the container was not touched: {1}</source>
        <translation>Die Sicherung von {0} ist fehlgeschlagen, daher wurde der Container nicht angerührt: {1}</translation>
    </message>
    <message>
        <source>the folder, export or share does not exist</source>
        <translation>der Ordner, Export oder die Freigabe existiert nicht</translation>
    </message>
    <message>
        <source>the server refused the connection (is the NFS or SMB service running there?)</source>
        <translation>der Server hat die Verbindung abgelehnt (läuft dort der NFS- oder SMB-Dienst?)</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the server cannot be reached from the engine&apos;s machine</source>
        <translation>der Server ist vom Rechner der Engine aus nicht erreichbar</translation>
    </message>
    <message>
        <source>the server refused access (check the export&apos;s or share&apos;s permissions, the user and the password)</source>
        <translation>der Server hat den Zugriff verweigert (prüfe die Rechte des Exports oder der Freigabe, den Benutzer und das Passwort)</translation>
    </message>
    <message>
        <source>the engine is not allowed to mount this (a rootless engine cannot mount NFS or SMB)</source>
        <translation>die Engine darf das nicht einhängen (eine Engine ohne Root-Rechte kann kein NFS oder SMB einhängen)</translation>
    </message>
    <message>
        <source>the kernel refused the mount options</source>
        <translation>der Kernel hat die Einhängeoptionen abgelehnt</translation>
    </message>
    <message>
        <source>the engine&apos;s kernel cannot mount this type (its module is not loaded)</source>
        <translation>der Kernel der Engine kann diesen Typ nicht einhängen (sein Modul ist nicht geladen)</translation>
    </message>
    <message>
        <source>the server does not speak this protocol version</source>
        <translation>der Server spricht diese Protokollversion nicht</translation>
    </message>
    <message>
        <source>the host path is a file, not a folder</source>
        <translation>der Host-Pfad ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the server is down</source>
        <translation>der Server ist nicht in Betrieb</translation>
    </message>
    <message>
        <source>The mount failed: {0} (the kernel said “{1}”).</source>
        <translation>Das Einhängen ist fehlgeschlagen: {0} (der Kernel sagte „{1}“).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The mount failed: {0}</source>
        <translation>Das Einhängen ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>volgui has no tools image on this engine to test the mount with (it is made from this machine&apos;s busybox, for local engines only).</source>
        <translation>volgui hat auf dieser Engine kein Werkzeug-Image, um das Einhängen zu testen (es wird aus dem busybox dieses Rechners gemacht, nur für lokale Engines).</translation>
    </message>
    <message>
        <source>Creating a scratch volume to test the mount</source>
        <translation>Anlegen eines Probe-Volumes, um das Einhängen zu testen</translation>
    </message>
    <message>
        <source>Preparing the mount test</source>
        <translation>Vorbereiten des Einhängetests</translation>
    </message>
    <message>
        <source>Waiting for the mount test</source>
        <translation>Warten auf den Einhängetest</translation>
    </message>
    <message>
        <source>The volume mounted, but it cannot be read: {0}</source>
        <translation>Das Volume wurde eingehängt, kann aber nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>The mount works: a container mounted the volume and it can be read and written.</source>
        <translation>Das Einhängen funktioniert: ein Container hat das Volume eingehängt, und es lässt sich lesen und schreiben.</translation>
    </message>
    <message>
        <source>The mount works: a container mounted the volume and it can be read (it is read-only).</source>
        <translation>Das Einhängen funktioniert: ein Container hat das Volume eingehängt, und es lässt sich lesen (es ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>Reading the changes of {0}</source>
        <translation>Lesen der Änderungen von {0}</translation>
    </message>
    <message>
        <source>Measuring volume sizes</source>
        <translation>Messen der Volume-Größen</translation>
    </message>
    <message>
        <source>Inspecting service {0}</source>
        <translation>Untersuchen des Dienstes {0}</translation>
    </message>
    <message>
        <source>Adding a mount to {0}</source>
        <translation>Hinzufügen einer Einhängung zu {0}</translation>
    </message>
    <message>
        <source>Removing a mount from {0}</source>
        <translation>Entfernen einer Einhängung aus {0}</translation>
    </message>
    <message>
        <source>Replacing a mount of {0}</source>
        <translation>Ersetzen einer Einhängung von {0}</translation>
    </message>
    <message>
        <source>Give a number of replicas from 0 to 10000.</source>
        <translation>Gib eine Anzahl von Replikaten zwischen 0 und 10000 an.</translation>
    </message>
    <message>
        <source>{0} is not a replicated service (it runs one task per node, or is a job): it cannot be scaled.</source>
        <translation>{0} ist kein replizierter Dienst (er führt eine Aufgabe pro Knoten aus oder ist ein Job): er kann nicht skaliert werden.</translation>
    </message>
    <message>
        <source>Scaling {0}</source>
        <translation>Skalieren von {0}</translation>
    </message>
    <message>
        <source>Restarting {0}</source>
        <translation>Neustarten von {0}</translation>
    </message>
    <message>
        <source>command: {0}</source>
        <translation>Befehl: {0}</translation>
    </message>
    <message numerus="yes">
        <source>environment: %Ln variable(s)</source>
        <translation>
            <numerusform>Umgebung: %Ln Variable</numerusform>
            <numerusform>Umgebung: %Ln Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>labels: {0}</source>
        <translation>Labels: {0}</translation>
    </message>
    <message>
        <source>working folder: {0}</source>
        <translation>Arbeitsordner: {0}</translation>
    </message>
    <message>
        <source>user: {0}</source>
        <translation>Benutzer: {0}</translation>
    </message>
    <message>
        <source>host name: {0}</source>
        <translation>Hostname: {0}</translation>
    </message>
    <message>
        <source>terminal: {0}</source>
        <translation>Terminal: {0}</translation>
    </message>
    <message>
        <source>published ports: {0}</source>
        <translation>veröffentlichte Ports: {0}</translation>
    </message>
    <message>
        <source>restart policy: {0}</source>
        <translation>Neustartrichtlinie: {0}</translation>
    </message>
    <message>
        <source>memory limit: {0} MiB</source>
        <translation>Speicherlimit: {0} MiB</translation>
    </message>
    <message>
        <source>CPU limits</source>
        <translation>CPU-Limits</translation>
    </message>
    <message>
        <source>capabilities: {0}</source>
        <translation>Capabilities: {0}</translation>
    </message>
    <message>
        <source>healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>log options ({0})</source>
        <translation>Log-Optionen ({0})</translation>
    </message>
    <message>
        <source>network: {0}</source>
        <translation>Netzwerk: {0}</translation>
    </message>
    <message>
        <source>every other setting, sent back to the engine as it was</source>
        <translation>jede andere Einstellung, unverändert an die Engine zurückgeschickt</translation>
    </message>
    <message>
        <source>mount: {0} at {1} read-only (pinned by name)</source>
        <translation>Einhängung: {0} unter {1} schreibgeschützt (per Name festgehalten)</translation>
    </message>
    <message>
        <source>mount: {0} at {1} (pinned by name)</source>
        <translation>Einhängung: {0} unter {1} (per Name festgehalten)</translation>
    </message>
    <message>
        <source>mount: {0} at {1} read-only</source>
        <translation>Einhängung: {0} unter {1} schreibgeschützt</translation>
    </message>
    <message>
        <source>mount: {0} at {1}</source>
        <translation>Einhängung: {0} unter {1}</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1} (from {2}).</source>
        <translation>Angemeldet bei {0} als {1} (aus {2}).</translation>
    </message>
    <message>
        <source>No credentials for {0} in {1}: anonymous access.</source>
        <translation>Keine Zugangsdaten für {0} in {1}: anonymer Zugriff.</translation>
    </message>
    <message>
        <source>No credentials for {0}: anonymous access.</source>
        <translation>Keine Zugangsdaten für {0}: anonymer Zugriff.</translation>
    </message>
</context>
<context>
    <name>ContainerFileTableModel</name>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>ContainerFilesFeature</name>
    <message>
        <source>Select one container to see its files — running or stopped.</source>
        <translation>Wähle einen Container, um seine Dateien zu sehen — laufend oder gestoppt.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The files of the selected container, and where each one lives</source>
        <translation>Die Dateien des gewählten Containers und wo jede liegt</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Dateien durchsuchen</translation>
    </message>
    <message>
        <source>See, preview, download and upload the container&apos;s files, and which of them live in its write layer</source>
        <translation>Die Dateien des Containers sehen, ansehen, herunter- und hochladen, und welche davon in seiner Schreibschicht liegen</translation>
    </message>
    <message>
        <source>%s was removed, and the files of its write layer with it. Select a container to see its files.</source>
        <translation>%s wurde entfernt und mit ihm die Dateien seiner Schreibschicht. Wähle einen Container, um seine Dateien zu sehen.</translation>
    </message>
</context>
<context>
    <name>ContainerSummaryView</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source / volume</source>
        <translation>Quelle / Volume</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>
Propagation: {0}</source>
        <translation>
Weitergabe: {0}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Einhängungen</translation>
    </message>
    <message>
        <source>No mounts</source>
        <translation>Keine Einhängungen</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Published on the host</source>
        <translation>Auf dem Host veröffentlicht</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>No ports</source>
        <translation>Keine Ports</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Volume {0} — click to select it in the volumes view
On the host: {1}</source>
        <translation>Volume {0} — klicken, um es in der Volume-Ansicht zu wählen
Auf dem Host: {1}</translation>
    </message>
    <message>
        <source>Click to select the image</source>
        <translation>Klicken, um das Image zu wählen</translation>
    </message>
    <message>
        <source> — restarted {0} times</source>
        <translation> — {0}-mal neu gestartet</translation>
    </message>
    <message>
        <source>{0}
The full ID is in Raw JSON (Id)</source>
        <translation>{0}
Die volle ID steht im rohen JSON (Id)</translation>
    </message>
    <message>
        <source>No network: started with --network none</source>
        <translation>Kein Netzwerk: gestartet mit --network none</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Remove this mount…</source>
        <translation>Diese Einhängung entfernen…</translation>
    </message>
    <message>
        <source>Replace its volume…</source>
        <translation>Sein Volume ersetzen…</translation>
    </message>
</context>
<context>
    <name>ContainerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Volumes and mounts</source>
        <translation>Volumes und Einhängungen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Write layer</source>
        <translation>Schreibschicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>CPU · memory</source>
        <translation>CPU · Speicher</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation>keine Volumes</translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation>ohne Gruppe</translation>
    </message>
    <message>
        <source>ID: {0}</source>
        <translation>ID: {0}</translation>
    </message>
    <message>
        <source>Command: {0}</source>
        <translation>Befehl: {0}</translation>
    </message>
    <message>
        <source>Compose project: {0}</source>
        <translation>Compose-Projekt: {0}</translation>
    </message>
    <message>
        <source>Uses the selected volume: {0}</source>
        <translation>Nutzt das gewählte Volume: {0}</translation>
    </message>
    <message>
        <source>This container mounts no volume: its files live only in its write layer.</source>
        <translation>Dieser Container hängt kein Volume ein: seine Dateien liegen nur in seiner Schreibschicht.</translation>
    </message>
    <message>
        <source>Files written in the container (measured {0} ago). Removing the container deletes them.</source>
        <translation>Im Container geschriebene Dateien (vor {0} gemessen). Entfernen des Containers löscht sie.</translation>
    </message>
    <message>
        <source>Size of the container&apos;s write layer: measured when the row is shown.</source>
        <translation>Größe der Schreibschicht des Containers: gemessen, wenn die Zeile gezeigt wird.</translation>
    </message>
    <message>
        <source>Live CPU and memory of the containers whose Stats tab you opened (volgui streams stats only for what it shows).</source>
        <translation>CPU und Speicher der Container, deren Tab Statistik du geöffnet hast (volgui streamt Statistiken nur für Gezeigtes).</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Filter containers: name, image, label…</source>
        <translation>Container filtern: Name, Image, Label…</translation>
    </message>
    <message>
        <source>Only containers using the selected volumes</source>
        <translation>Nur Container, die die gewählten Volumes nutzen</translation>
    </message>
    <message>
        <source>Show only the containers that mount the volumes selected on the right</source>
        <translation>Nur die Container zeigen, die die rechts gewählten Volumes einhängen</translation>
    </message>
    <message>
        <source>No container uses the selected volume</source>
        <translation>Kein Container nutzt das gewählte Volume</translation>
    </message>
    <message>
        <source>No containers yet</source>
        <translation>Noch keine Container</translation>
    </message>
    <message>
        <source>Containers are made from images (docker run). Create one to see it here.</source>
        <translation>Container entstehen aus Images (docker run). Erstelle einen, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Create container…</source>
        <translation>Container erstellen…</translation>
    </message>
    <message>
        <source>Drop onto a container to mount it there</source>
        <translation>Auf einen Container ziehen, um es dort einzuhängen</translation>
    </message>
    <message>
        <source>Measure write layer again</source>
        <translation>Schreibschicht neu messen</translation>
    </message>
</context>
<context>
    <name>ContrastToggle</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>White on black with a yellow selection, for more contrast</source>
        <translation>Weiß auf Schwarz mit gelber Auswahl, für mehr Kontrast</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>volgui — unexpected error</source>
        <translation>volgui — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>The details were saved to {0}</source>
        <translation>Die Details wurden in {0} gespeichert</translation>
    </message>
    <message>
        <source>The details could not be saved to the log folder {0}.</source>
        <translation>Die Details konnten nicht im Protokollordner {0} gespeichert werden.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the error and its details, to paste into a bug report</source>
        <translation>Den Fehler mit seinen Details kopieren, um ihn in einen Fehlerbericht einzufügen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside volgui itself (not in the Docker engine). You can keep working; please report it with the details below.</source>
        <translation>In volgui selbst (nicht in der Docker-Engine) ist etwas Unerwartetes schiefgegangen. Du kannst weiterarbeiten; bitte melde es mit den Details unten.</translation>
    </message>
    <message>
        <source>(It happened {0} times.)</source>
        <translation>(Es ist {0}-mal passiert.)</translation>
    </message>
    <message>
        <source>({0} errors)</source>
        <translation>({0} Fehler)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>Create volume</source>
        <translation>Volume erstellen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>A volume keeps data outside any container: it survives when containers are removed, and several containers can share it.</source>
        <translation>Ein Volume hält Daten außerhalb jedes Containers: es bleibt, wenn Container entfernt werden, und mehrere Container können es teilen.</translation>
    </message>
    <message>
        <source>“local” stores the data on the engine&apos;s disk, or mounts what the kind below says. Other drivers come from plugins.</source>
        <translation>„local“ speichert die Daten auf der Platte der Engine oder hängt ein, was die Art unten sagt. Andere Treiber kommen aus Plugins.</translation>
    </message>
    <message>
        <source>Labels to find the volume by, one key=value a line</source>
        <translation>Labels, um das Volume wiederzufinden, ein Schlüssel=Wert je Zeile</translation>
    </message>
    <message>
        <source>&amp;Test mount</source>
        <translation>&amp;Probe-Einhängung</translation>
    </message>
    <message>
        <source>Mount these options once in a scratch volume, before creating anything, and say what the engine&apos;s kernel answered</source>
        <translation>Diese Optionen einmal in einem Probe-Volume einhängen, bevor etwas erstellt wird, und sagen, was der Kernel der Engine geantwortet hat</translation>
    </message>
    <message>
        <source>Labels and raw options: one key=value a line.</source>
        <translation>Labels und rohe Optionen: ein key=value pro Zeile.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <source>Test mount</source>
        <translation>Probe-Einhängung</translation>
    </message>
    <message>
        <source>Mounting the options once…</source>
        <translation>Hänge die Optionen einmal ein…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists.</source>
        <translation>Ein Volume namens „{0}“ gibt es schon.</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>Close the dialog without doing anything</source>
        <translation>Den Dialog schließen, ohne etwas zu tun</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Keep these settings and close the dialog</source>
        <translation>Diese Einstellungen übernehmen und den Dialog schließen</translation>
    </message>
    <message>
        <source>Do what this dialog shows (the equivalent command) and close it</source>
        <translation>Ausführen, was dieser Dialog zeigt (der gleichwertige Befehl), und ihn schließen</translation>
    </message>
    <message>
        <source>Pick the file in a file chooser</source>
        <translation>Die Datei in einem Dateiauswahldialog wählen</translation>
    </message>
    <message>
        <source>Pick the folder in a folder chooser</source>
        <translation>Den Ordner in einem Ordnerauswahldialog wählen</translation>
    </message>
    <message>
        <source>The docker command that does the same, to read or copy</source>
        <translation>Der docker-Befehl, der dasselbe tut, zum Lesen oder Kopieren</translation>
    </message>
    <message>
        <source>The arrow keys move between rows; the Menu key opens the actions of the row</source>
        <translation>Die Pfeiltasten wechseln die Zeile; die Menütaste öffnet die Aktionen der Zeile</translation>
    </message>
    <message>
        <source>The container may read the files in the volume but not change them</source>
        <translation>Der Container darf die Dateien im Volume lesen, aber nicht ändern</translation>
    </message>
    <message>
        <source>The container may change the files in the volume</source>
        <translation>Der Container darf die Dateien im Volume ändern</translation>
    </message>
    <message>
        <source>A list to read: the arrow keys move from row to row</source>
        <translation>Eine Liste zum Lesen: die Pfeiltasten gehen von Zeile zu Zeile</translation>
    </message>
    <message>
        <source>Stop the running job (nothing is left half done), or close the dialog</source>
        <translation>Den laufenden Auftrag abbrechen (nichts bleibt halb fertig) oder den Dialog schließen</translation>
    </message>
</context>
<context>
    <name>DisconnectedBanner</name>
    <message>
        <source>&lt;b&gt;Not connected to a Docker engine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht mit einer Docker-Engine verbunden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt neu versuchen</translation>
    </message>
</context>
<context>
    <name>DiskText</name>
    <message numerus="yes">
        <source>used by %Ln container(s)</source>
        <translation>
            <numerusform>genutzt von %Ln Container</numerusform>
            <numerusform>genutzt von %Ln Containern</numerusform>
        </translation>
    </message>
    <message>
        <source>unused</source>
        <translation>unbenutzt</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>DiskUseDialog</name>
    <message>
        <source>What takes space</source>
        <translation>Was Platz belegt</translation>
    </message>
    <message>
        <source>How much disk they use; the button removes {0}</source>
        <translation>Wie viel Platz sie belegen; die Schaltfläche entfernt {0}</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Neu messen</translation>
    </message>
    <message>
        <source>Ask the engine again how much disk each kind of object uses</source>
        <translation>Die Engine erneut fragen, wie viel Platz jede Art von Objekt belegt</translation>
    </message>
    <message>
        <source>Measuring (this reads every volume&apos;s files)…</source>
        <translation>Messe (dabei werden die Dateien jedes Volumes gelesen)…</translation>
    </message>
    <message>
        <source>{0} in all; the clean-ups below could free {1}.</source>
        <translation>{0} insgesamt; die Aufräumaktionen unten könnten {1} freigeben.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>vor %Ln Sekunde</numerusform>
            <numerusform>vor %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s) ago</source>
        <translation>
            <numerusform>vor %Ln Woche</numerusform>
            <numerusform>vor %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: its main process finished normally (exit code 0)</source>
        <translation>gestoppt: sein Hauptprozess endete normal (Exit-Code 0)</translation>
    </message>
    <message>
        <source>stopped: killed after {0} s because it ignored the stop signal (exit code 137 = SIGKILL; Kill, or running out of memory, end a container the same way)</source>
        <translation>gestoppt: nach {0} s beendet, weil er das Stopp-Signal ignorierte (Exit-Code 137 = SIGKILL; Beenden erzwingen oder Speichermangel beenden einen Container genauso)</translation>
    </message>
    <message>
        <source>stopped: it obeyed the stop signal and ended (exit code 143 = SIGTERM)</source>
        <translation>gestoppt: er folgte dem Stopp-Signal und endete (Exit-Code 143 = SIGTERM)</translation>
    </message>
    <message>
        <source>stopped: interrupted, as by Ctrl+C (exit code 130 = SIGINT)</source>
        <translation>gestoppt: unterbrochen wie mit Strg+C (Exit-Code 130 = SIGINT)</translation>
    </message>
    <message>
        <source>stopped: its command could not be run (exit code 126: not executable)</source>
        <translation>gestoppt: sein Befehl konnte nicht ausgeführt werden (Exit-Code 126: nicht ausführbar)</translation>
    </message>
    <message>
        <source>stopped: its command was not found in the image (exit code 127)</source>
        <translation>gestoppt: sein Befehl wurde im Image nicht gefunden (Exit-Code 127)</translation>
    </message>
    <message>
        <source>stopped: ended by signal {0} (exit code {1})</source>
        <translation>gestoppt: durch Signal {0} beendet (Exit-Code {1})</translation>
    </message>
    <message>
        <source>stopped: its main process ended with error code {0}</source>
        <translation>gestoppt: sein Hauptprozess endete mit Fehlercode {0}</translation>
    </message>
    <message>
        <source>The write layer is where a container keeps every file it creates or changes outside its volumes; it is deleted when the container is removed.</source>
        <translation>Die Schreibschicht ist der Ort, an dem ein Container jede Datei ablegt, die er außerhalb seiner Volumes anlegt oder ändert; sie wird gelöscht, wenn der Container entfernt wird.</translation>
    </message>
    <message>
        <source>A snapshot image is a new image made from the container as it is now (docker commit): the new container starts with exactly the same files.</source>
        <translation>Ein Snapshot-Image ist ein neues Image aus dem Container, wie er jetzt ist (docker commit): der neue Container startet mit genau denselben Dateien.</translation>
    </message>
    <message>
        <source>it is stopped — its processes get up to {0} s to finish, as with docker stop — and the new one starts right after, usually within a second or two more</source>
        <translation>er wird gestoppt — seine Prozesse haben bis zu {0} s Zeit zum Beenden, wie bei docker stop — und der neue startet gleich danach, meist innerhalb von ein, zwei Sekunden</translation>
    </message>
    <message>
        <source>killed (137)</source>
        <translation>beendet (137)</translation>
    </message>
    <message>
        <source>stopped (143)</source>
        <translation>gestoppt (143)</translation>
    </message>
    <message>
        <source>exited ({0})</source>
        <translation>beendet ({0})</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>ungesund</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>{0} ({1} ago)</source>
        <translation>{0} (vor {1})</translation>
    </message>
    <message>
        <source>The Docker engine at {0} has not answered since {1} — it may be hung, overloaded or unreachable. volgui checks every few seconds and carries on when it answers.</source>
        <translation>Die Docker-Engine unter {0} antwortet seit {1} nicht — sie hängt vielleicht, ist überlastet oder nicht erreichbar. volgui prüft alle paar Sekunden und macht weiter, sobald sie antwortet.</translation>
    </message>
    <message>
        <source>Not part of a compose project.</source>
        <translation>Gehört zu keinem Compose-Projekt.</translation>
    </message>
    <message>
        <source>Compose project: {0}</source>
        <translation>Compose-Projekt: {0}</translation>
    </message>
    <message>
        <source>Service: {0}</source>
        <translation>Dienst: {0}</translation>
    </message>
    <message>
        <source>Working directory: {0}</source>
        <translation>Arbeitsordner: {0}</translation>
    </message>
    <message>
        <source>Config files: {0}</source>
        <translation>Konfigurationsdateien: {0}</translation>
    </message>
</context>
<context>
    <name>DriverForms</name>
    <message>
        <source>What the volume holds; the fields below change with it</source>
        <translation>Was das Volume enthält; die Felder darunter richten sich danach</translation>
    </message>
    <message>
        <source>The driver&apos;s own (options below, if any)</source>
        <translation>Die eigenen des Treibers (Optionen unten, falls vorhanden)</translation>
    </message>
    <message>
        <source>NFS share</source>
        <translation>NFS-Freigabe</translation>
    </message>
    <message>
        <source>SMB/CIFS share (Windows, Samba)</source>
        <translation>SMB/CIFS-Freigabe (Windows, Samba)</translation>
    </message>
    <message>
        <source>In memory (tmpfs)</source>
        <translation>Im Speicher (tmpfs)</translation>
    </message>
    <message>
        <source>A folder on the engine&apos;s machine</source>
        <translation>Ein Ordner auf dem Rechner der Engine</translation>
    </message>
    <message>
        <source>Options for the driver, one key=value a line</source>
        <translation>Optionen für den Treiber, ein Schlüssel=Wert je Zeile</translation>
    </message>
    <message>
        <source>(optional) one key=value a line, e.g. type=tmpfs</source>
        <translation>(optional) ein key=value pro Zeile, z. B. type=tmpfs</translation>
    </message>
    <message>
        <source>Driver &amp;options:</source>
        <translation>Treiber-&amp;Optionen:</translation>
    </message>
    <message>
        <source>The NFS version the server speaks</source>
        <translation>Die NFS-Version, die der Server spricht</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>O&amp;ptionen:</translation>
    </message>
    <message>
        <source>(empty: guest)</source>
        <translation>(leer: Gast)</translation>
    </message>
    <message>
        <source>Shown as dots; Docker keeps it with the volume</source>
        <translation>Als Punkte gezeigt; Docker speichert es mit dem Volume</translation>
    </message>
    <message>
        <source>The SMB version the server speaks</source>
        <translation>Die SMB-Version, die der Server spricht</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>F&amp;reigabe:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Grö&amp;ße:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>EngineListModel</name>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>Zustand: {0}</translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation>Letzter Fehler: {0}</translation>
    </message>
    <message>
        <source>Not connected yet — select it to connect</source>
        <translation>Noch nicht verbunden — zum Verbinden auswählen</translation>
    </message>
    <message>
        <source>not answering since {0}</source>
        <translation>antwortet nicht seit {0}</translation>
    </message>
    <message>
        <source>slow (answers in {0})</source>
        <translation>langsam (antwortet in {0})</translation>
    </message>
</context>
<context>
    <name>EngineStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to connect to the engine again</source>
        <translation>Erneut versuchen, die Engine zu erreichen</translation>
    </message>
    <message>
        <source>Slow — answers in {0}: {1}</source>
        <translation>Langsam — antwortet in {0}: {1}</translation>
    </message>
    <message>
        <source>The engine answers, but slowly; actions may take a while.</source>
        <translation>Die Engine antwortet, aber langsam; Aktionen können dauern.</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>Verbunden: {0}</translation>
    </message>
    <message>
        <source>Found via {0}</source>
        <translation>Gefunden über {0}</translation>
    </message>
    <message>
        <source>Not answering since {0} — {1}</source>
        <translation>Antwortet nicht seit {0} — {1}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Not connected — {0}</source>
        <translation>Nicht verbunden — {0}</translation>
    </message>
    <message>
        <source>⚠ Not secure</source>
        <translation>⚠ Nicht sicher</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>{0} {1} (API {2}) at {3}</source>
        <translation>{0} {1} (API {2}) unter {3}</translation>
    </message>
    <message>
        <source>No Docker engine answered. Tried:
{0}</source>
        <translation>Keine Docker-Engine hat geantwortet. Versucht:
{0}</translation>
    </message>
</context>
<context>
    <name>EnginesPanel</name>
    <message>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <source>Select an engine to connect to it</source>
        <translation>Eine Engine wählen, um sich mit ihr zu verbinden</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an engine reached over SSH, TLS or a socket path</source>
        <translation>Eine Engine über SSH, TLS oder einen Socket-Pfad hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected engine from the list</source>
        <translation>Die gewählte Engine aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Add engine</source>
        <translation>Engine hinzufügen</translation>
    </message>
    <message>
        <source>Remove engine</source>
        <translation>Engine entfernen</translation>
    </message>
    <message>
        <source>Forget the engine “{0}” ({1})? Nothing on the engine itself is changed.</source>
        <translation>Die Engine „{0}“ ({1}) vergessen? Auf der Engine selbst ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Symbolischer Link</translation>
    </message>
    <message>
        <source>Hard link</source>
        <translation>Harter Link</translation>
    </message>
    <message>
        <source>Named pipe</source>
        <translation>Benannte Pipe</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Zeichengerät</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Blockgerät</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: permission denied — is your user in the docker group? (log out and in again after adding it)</source>
        <translation>Docker-Engine unter {0} nicht erreichbar: Zugriff verweigert — ist dein Benutzer in der Gruppe docker? (nach dem Hinzufügen ab- und wieder anmelden)</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: the socket does not exist — is the engine running?</source>
        <translation>Docker-Engine unter {0} nicht erreichbar: den Socket gibt es nicht — läuft die Engine?</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: connection refused — is the engine running?</source>
        <translation>Docker-Engine unter {0} nicht erreichbar: Verbindung abgelehnt — läuft die Engine?</translation>
    </message>
    <message>
        <source>Docker engine at {0}: the server&apos;s SSH host key is not known — connect once with `ssh {1}` to check and accept it, then retry.</source>
        <translation>Docker-Engine unter {0}: der SSH-Hostschlüssel des Servers ist unbekannt — einmal mit `ssh {1}` verbinden, um ihn zu prüfen und anzunehmen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Docker engine at {0}: its TLS certificate is not signed by the CA you gave (certificate verify failed) — check the CA certificate, or whether this is the right engine.</source>
        <translation>Docker-Engine unter {0}: ihr TLS-Zertifikat ist nicht von der angegebenen CA signiert (certificate verify failed) — das CA-Zertifikat prüfen, oder ob es die richtige Engine ist.</translation>
    </message>
    <message>
        <source>Docker engine at {0} did not answer in time — it may be overloaded or hung.</source>
        <translation>Docker-Engine unter {0} hat nicht rechtzeitig geantwortet — sie ist vielleicht überlastet oder hängt.</translation>
    </message>
    <message>
        <source>Docker engine at {0}: the TLS handshake failed — check the CA, client certificate and key ({1})</source>
        <translation>Docker-Engine unter {0}: der TLS-Handshake ist fehlgeschlagen — CA, Client-Zertifikat und Schlüssel prüfen ({1})</translation>
    </message>
    <message>
        <source>Docker engine at {0}: SSH authentication failed — check your key and agent.</source>
        <translation>Docker-Engine unter {0}: SSH-Anmeldung fehlgeschlagen — Schlüssel und Agent prüfen.</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: {1}</source>
        <translation>Docker-Engine unter {0} nicht erreichbar: {1}</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>die Engine</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Not found: {0} “{1}” — it may have been removed in the meantime.</source>
        <translation>Nicht gefunden: {0} „{1}“ — es wurde vielleicht inzwischen entfernt.</translation>
    </message>
    <message>
        <source>Not found — it may have been removed in the meantime.</source>
        <translation>Nicht gefunden — es wurde vielleicht inzwischen entfernt.</translation>
    </message>
    <message>
        <source>That name is taken by another container: choose another name, or remove that container first.</source>
        <translation>Dieser Name ist an einen anderen Container vergeben: einen anderen Namen wählen oder zuerst jenen Container entfernen.</translation>
    </message>
    <message>
        <source>It is in use: remove or stop the containers that use it first.</source>
        <translation>Es ist in Gebrauch: zuerst die Container entfernen oder stoppen, die es nutzen.</translation>
    </message>
    <message>
        <source>Cannot write to this computer&apos;s disk: {0}</source>
        <translation>Schreiben auf die Platte dieses Computers nicht möglich: {0}</translation>
    </message>
    <message>
        <source>Cannot use {0}: {1}</source>
        <translation>{0} kann nicht verwendet werden: {1}</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>Die Engine hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Archive file</source>
        <translation>Archivdatei</translation>
    </message>
    <message>
        <source>The backup file (.tar or .tar.gz) on this computer</source>
        <translation>Die Sicherungsdatei (.tar oder .tar.gz) auf diesem Computer</translation>
    </message>
    <message>
        <source>Compress (gzip) — smaller, slower</source>
        <translation>Komprimieren (gzip) — kleiner, langsamer</translation>
    </message>
    <message>
        <source>Write a .tar.gz file: smaller, takes longer</source>
        <translation>Eine .tar.gz-Datei schreiben: kleiner, dauert länger</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>Tar archives (*.tar *.tar.gz *.tgz)</source>
        <translation>Tar-Archive (*.tar *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Choose a volume and a file.</source>
        <translation>Wähle ein Volume und eine Datei.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%s exists. Replace it when the backup is complete?</source>
        <translation>%s existiert. Ersetzen, wenn die Sicherung fertig ist?</translation>
    </message>
</context>
<context>
    <name>FileBrowser</name>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation>Dateien hochladen…</translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation>Ordner hochladen…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The folder shown; type a path and press Enter to go there</source>
        <translation>Der gezeigte Ordner; einen Pfad eingeben und Enter drücken, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The folder tree; Right opens a folder, Left closes it</source>
        <translation>Der Ordnerbaum; Rechts öffnet einen Ordner, Links schließt ihn</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The files of the folder; Enter opens a folder, the Menu key acts on the selection</source>
        <translation>Die Dateien des Ordners; Enter öffnet einen Ordner, die Menütaste wirkt auf die Auswahl</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Dateivorschau</translation>
    </message>
    <message>
        <source>The start of the selected file, to read</source>
        <translation>Der Anfang der gewählten Datei, zum Lesen</translation>
    </message>
    <message>
        <source>Select a file to preview it</source>
        <translation>Wähle eine Datei für die Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Gleichwertiger Befehl</translation>
    </message>
    <message>
        <source>Reading /%s… %s read</source>
        <translation>Lese /%s… %s gelesen</translation>
    </message>
    <message>
        <source>Downloaded %s</source>
        <translation>%s heruntergeladen</translation>
    </message>
    <message>
        <source>Uploaded %s</source>
        <translation>%s hochgeladen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%s is too much to drag: use Download… instead.</source>
        <translation>%s ist zu viel zum Ziehen: nimm stattdessen „Herunterladen…“.</translation>
    </message>
    <message>
        <source>/%s — %s, %s in files</source>
        <translation>/%s — %s, %s in Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Docker glossary</source>
        <translation>Docker-Glossar</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Docker words and what they mean, one paragraph each</source>
        <translation>Docker-Begriffe und was sie bedeuten, je ein Absatz</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Show what would be removed, and remove it after you confirm</source>
        <translation>Zeigen, was entfernt würde, und es nach Ihrer Bestätigung entfernen</translation>
    </message>
    <message>
        <source> ({0} more not listed)</source>
        <translation> ({0} weitere nicht gelistet)</translation>
    </message>
    <message>
        <source>{0}: {1}. A clean-up of {2} frees {3}.{4}</source>
        <translation>{0}: {1}. Aufräumen von {2} gibt {3} frei.{4}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>Record volume history</source>
        <translation>Volume-Verlauf aufzeichnen</translation>
    </message>
    <message>
        <source>Read volume history</source>
        <translation>Volume-Verlauf lesen</translation>
    </message>
</context>
<context>
    <name>ImageHistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Verlauf von {0}</translation>
    </message>
    <message>
        <source>Reading the layers…</source>
        <translation>Lese die Schichten…</translation>
    </message>
    <message>
        <source>Steps of the image, newest first</source>
        <translation>Schritte des Images, neueste zuerst</translation>
    </message>
    <message>
        <source>{0}, {1} of them with files ({2} in all). Newest first; a step without files (ENV, CMD, LABEL…) only changed the settings.</source>
        <translation>{0}, davon {1} mit Dateien ({2} insgesamt). Neueste zuerst; ein Schritt ohne Dateien (ENV, CMD, LABEL…) hat nur die Einstellungen geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln Schritt</numerusform>
            <numerusform>%Ln Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageJobDialog</name>
    <message>
        <source>Cancelled: nothing was left half done.</source>
        <translation>Abgebrochen: nichts blieb halb erledigt.</translation>
    </message>
</context>
<context>
    <name>ImageSummaryView</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Declared volumes</source>
        <translation>Deklarierte Volumes</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Click to select {0} in the containers view</source>
        <translation>Klicken, um {0} in der Container-Ansicht zu wählen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>No container uses this image</source>
        <translation>Kein Container nutzt dieses Image</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&lt;none&gt; (untagged)</source>
        <translation>&lt;keins&gt; (ohne Tag)</translation>
    </message>
    <message>
        <source>{0}
The full ID is in Raw JSON (Id)</source>
        <translation>{0}
Die volle ID steht im rohen JSON (Id)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <source>Repository:tag</source>
        <translation>Repository:Tag</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>&lt;none&gt;</source>
        <translation>&lt;keins&gt;</translation>
    </message>
</context>
<context>
    <name>ImageTransferDialog</name>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Each layer of the image with how much of it has been sent</source>
        <translation>Jede Schicht des Images und wie viel davon übertragen ist</translation>
    </message>
    <message>
        <source>Registry credentials</source>
        <translation>Zugangsdaten der Registry</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln layer(s) done</source>
        <translation>
            <numerusform>{0} von %Ln Schicht fertig</numerusform>
            <numerusform>{0} von %Ln Schichten fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more not listed</source>
        <translation>{0} weitere nicht aufgeführt</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Warte auf die Engine…</translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation>{0} {1}{2}.</translation>
    </message>
</context>
<context>
    <name>ImagesController</name>
    <message>
        <source>Ima&amp;ge</source>
        <translation>Ima&amp;ge</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image entfernen</numerusform>
            <numerusform>%Ln Images entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln unused image(s)</source>
        <translation>
            <numerusform>%Ln unbenutztes Image aufräumen</numerusform>
            <numerusform>%Ln unbenutzte Images aufräumen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>{0} taggen</translation>
    </message>
    <message>
        <source>Prune build cache</source>
        <translation>Build-Cache aufräumen</translation>
    </message>
    <message>
        <source>Freed {0}</source>
        <translation>{0} freigegeben</translation>
    </message>
    <message>
        <source>Tagged {0}</source>
        <translation>{0} getaggt</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Erledigt: {0}</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Filter images: tag, id, label…</source>
        <translation>Images filtern: Tag, ID, Label…</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Keine Images</translation>
    </message>
    <message>
        <source>Images are pulled or built with docker; the ones on this engine are listed here.</source>
        <translation>Images werden mit docker geladen oder gebaut; die auf dieser Engine stehen hier.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Archive file</source>
        <translation>Archivdatei</translation>
    </message>
    <message>
        <source>The backup file (.tar or .tar.gz) on this computer</source>
        <translation>Die Sicherungsdatei (.tar oder .tar.gz) auf diesem Computer</translation>
    </message>
    <message>
        <source>into a new volume named</source>
        <translation>in ein neues Volume namens</translation>
    </message>
    <message>
        <source>into the existing volume</source>
        <translation>in das bestehende Volume</translation>
    </message>
    <message>
        <source>Make a new volume with the name that follows and restore into it</source>
        <translation>Ein neues Volume mit dem folgenden Namen anlegen und darin wiederherstellen</translation>
    </message>
    <message>
        <source>Replace what the chosen volume holds with the backup</source>
        <translation>Den Inhalt des gewählten Volumes durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation>Name des neuen Volumes</translation>
    </message>
    <message>
        <source>A name no volume has yet</source>
        <translation>Ein Name, den noch kein Volume hat</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Archiv:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Wiederherstellen:</translation>
    </message>
    <message>
        <source>the volume&apos;s files as they are now</source>
        <translation>die Dateien des Volumes, wie sie jetzt sind</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <source>Tar archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>Tar-Archive (*.tar *.tar.gz *.tgz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the archive to restore.</source>
        <translation>Wähle das Archiv zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>“%s” is not a valid volume name (letters, digits, “_.-”, at least two characters).</source>
        <translation>„%s“ ist kein gültiger Volume-Name (Buchstaben, Ziffern, „_.-“, mindestens zwei Zeichen).</translation>
    </message>
    <message>
        <source>A volume named “%s” already exists: choose “into the existing volume” to overwrite its files.</source>
        <translation>Ein Volume namens „%s“ gibt es schon: wähle „in das bestehende Volume“, um seine Dateien zu überschreiben.</translation>
    </message>
    <message>
        <source>Choose the volume to restore into.</source>
        <translation>Wähle das Volume, in das wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Restore special files?</source>
        <translation>Spezielle Dateien wiederherstellen?</translation>
    </message>
    <message>
        <source>Overwrite files?</source>
        <translation>Dateien überschreiben?</translation>
    </message>
    <message>
        <source>The archive holds device nodes or files that run with their owner&apos;s rights (set-user-ID or set-group-ID):</source>
        <translation>Das Archiv enthält Gerätedateien oder Dateien, die mit den Rechten ihres Besitzers laufen (Set-User-ID oder Set-Group-ID):</translation>
    </message>
    <message>
        <source>They are restored only if you agree. Restore them?</source>
        <translation>Sie werden nur wiederhergestellt, wenn du zustimmst. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restoring into “%s” writes the archive&apos;s %s over the volume&apos;s files. Files with the same names are replaced; other files stay.</source>
        <translation>Das Wiederherstellen in „%s“ schreibt %s aus dem Archiv über die Dateien des Volumes. Gleichnamige Dateien werden ersetzt; andere bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>These files exist and will be overwritten:</source>
        <translation>Diese Dateien existieren und werden überschrieben:</translation>
    </message>
    <message>
        <source>
  … and %d more</source>
        <translation>
  … und %d weitere</translation>
    </message>
    <message>
        <source>(Only the archive&apos;s first %s were checked.)</source>
        <translation>(Nur die ersten %s des Archivs wurden geprüft.)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s files exist there now%s.</source>
        <translation>Keine der Dateien des Archivs existiert dort jetzt%s.</translation>
    </message>
    <message>
        <source> (first %d checked)</source>
        <translation> (die ersten %d geprüft)</translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation>Prüfe das Archiv…</translation>
    </message>
    <message>
        <source>Checking which files would be overwritten…</source>
        <translation>Prüfe, welche Dateien überschrieben würden…</translation>
    </message>
</context>
<context>
    <name>InspectPanel</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Inspect again</source>
        <translation>Erneut untersuchen</translation>
    </message>
    <message>
        <source>The equivalent docker command</source>
        <translation>Der gleichwertige docker-Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Den Befehl kopieren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The main facts, in sections</source>
        <translation>Das Wichtigste, in Abschnitten</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>What the engine answered, as a tree to read</source>
        <translation>Was die Engine geantwortet hat, als Baum zum Lesen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Lade {0}…</translation>
    </message>
    <message>
        <source>Inspect {0} {1}</source>
        <translation>{0} {1} untersuchen</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Lade neu…</translation>
    </message>
    <message>
        <source>measuring… (the engine walks every volume&apos;s files)</source>
        <translation>messe… (die Engine geht alle Dateien jedes Volumes durch)</translation>
    </message>
    <message>
        <source>Inspected at {0}</source>
        <translation>Untersucht um {0}</translation>
    </message>
    <message>
        <source>{0} {1} no longer exists.</source>
        <translation>{0} {1} existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not inspect {0} {1}:
{2}</source>
        <translation>{0} {1} konnte nicht untersucht werden:
{2}</translation>
    </message>
    <message>
        <source>Measure volume sizes</source>
        <translation>Volume-Größen messen</translation>
    </message>
    <message>
        <source>the engine did not report this volume&apos;s size</source>
        <translation>die Engine hat die Größe dieses Volumes nicht gemeldet</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Kopiert: {0}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Search keys and values</source>
        <translation>Schlüssel und Werte durchsuchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Jeden Knoten aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Collapse every node</source>
        <translation>Jeden Knoten zuklappen</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy path (like HostConfig.Binds[0])</source>
        <translation>Pfad kopieren (wie HostConfig.Binds[0])</translation>
    </message>
    <message>
        <source>Copy docker inspect --format command</source>
        <translation>Befehl docker inspect --format kopieren</translation>
    </message>
    <message>
        <source>Copy the whole JSON</source>
        <translation>Das ganze JSON kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected value, its path, or all</source>
        <translation>Den gewählten Wert, seinen Pfad oder alles kopieren</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>KeyringText</name>
    <message>
        <source>The desktop keyring cannot be used ({0}): the password is asked each time.</source>
        <translation>Der Schlüsselbund des Desktops kann nicht genutzt werden ({0}): das Passwort wird jedes Mal erfragt.</translation>
    </message>
    <message>
        <source>No desktop keyring is available (such as GNOME Keyring or KWallet): the password is asked each time and never saved.</source>
        <translation>Kein Schlüsselbund des Desktops verfügbar (etwa GNOME Keyring oder KWallet): das Passwort wird jedes Mal erfragt und nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>The lesson to start</source>
        <translation>Die Lektion, die beginnen soll</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>Start the chosen lesson at its first step</source>
        <translation>Die gewählte Lektion mit ihrem ersten Schritt beginnen</translation>
    </message>
    <message>
        <source>Command of this step</source>
        <translation>Befehl dieses Schritts</translation>
    </message>
    <message>
        <source>The command this step runs, to read or copy into a terminal</source>
        <translation>Der Befehl dieses Schritts, zum Lesen oder Kopieren in ein Terminal</translation>
    </message>
    <message>
        <source>Do it for me</source>
        <translation>Für mich erledigen</translation>
    </message>
    <message>
        <source>Run this step&apos;s command for you</source>
        <translation>Den Befehl dieses Schritts für Sie ausführen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Go on to the next step of the lesson</source>
        <translation>Zum nächsten Schritt der Lektion gehen</translation>
    </message>
    <message>
        <source>Clean up lesson</source>
        <translation>Lektion aufräumen</translation>
    </message>
    <message>
        <source>Remove what the lessons made: their containers, volumes and images</source>
        <translation>Entfernen, was die Lektionen angelegt haben: ihre Container, Volumes und Images</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Open the list of Docker words and what they mean</source>
        <translation>Die Liste der Docker-Begriffe und ihrer Bedeutung öffnen</translation>
    </message>
    <message>
        <source>The same in the terminal:</source>
        <translation>Dasselbe im Terminal:</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} Schritte</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>die Engine</translation>
    </message>
    <message>
        <source>“{0}” runs for real on {1}: it creates containers and volumes named learn-… and removes them when you click “Clean up lesson” — also those named learn-… that you make during the lesson. Nothing made before it, or named otherwise, is touched. Start?</source>
        <translation>„{0}“ läuft echt auf {1}: es erstellt Container und Volumes namens learn-… und entfernt sie, wenn du auf „Lektion aufräumen“ klickst — auch die namens learn-…, die du während der Lektion anlegst. Nichts, was vorher oder unter anderem Namen entstand, wird angefasst. Starten?</translation>
    </message>
    <message>
        <source>Looking for a local image with a shell…</source>
        <translation>Suche ein lokales Image mit einer Shell…</translation>
    </message>
    <message>
        <source>Choose a lesson image</source>
        <translation>Ein Image für die Lektion wählen</translation>
    </message>
    <message>
        <source>{0} — step {1} of {2}</source>
        <translation>{0} — Schritt {1} von {2}</translation>
    </message>
    <message>
        <source>Running: {0}</source>
        <translation>Führe aus: {0}</translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation>Lektion: {0}</translation>
    </message>
    <message>
        <source>Lesson check</source>
        <translation>Prüfung der Lektion</translation>
    </message>
    <message>
        <source>✔ Done — the engine shows it.</source>
        <translation>✔ Erledigt — die Engine zeigt es.</translation>
    </message>
    <message>
        <source>Lesson complete! Click “Clean up lesson” to remove what it made.</source>
        <translation>Lektion abgeschlossen! Klicke auf „Lektion aufräumen“, um zu entfernen, was sie angelegt hat.</translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <source>Looking for what the lesson made…</source>
        <translation>Suche, was die Lektion angelegt hat…</translation>
    </message>
    <message>
        <source>List what lesson {0} made</source>
        <translation>Auflisten, was die Lektion {0} angelegt hat</translation>
    </message>
    <message>
        <source>Clean-up removes what this lesson made: the containers and volumes it created itself</source>
        <translation>Aufräumen entfernt, was diese Lektion angelegt hat: die Container und Volumes, die sie selbst erstellt hat</translation>
    </message>
    <message>
        <source>, and those named learn-… created since the lesson started ({0}), such as the ones you made following its steps</source>
        <translation>, und die namens learn-…, die seit dem Start der Lektion ({0}) entstanden sind, etwa die, die du ihren Schritten folgend angelegt hast</translation>
    </message>
    <message>
        <source>. Anything made before the lesson, or named otherwise, is kept.</source>
        <translation>. Alles, was vor der Lektion oder unter anderem Namen entstand, bleibt.</translation>
    </message>
    <message>
        <source>Will remove:</source>
        <translation>Wird entfernt:</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>the lesson&apos;s volumes</source>
        <translation>die Volumes der Lektion</translation>
    </message>
    <message>
        <source>Snapshot, then clean up lesson</source>
        <translation>Snapshot, dann Lektion aufräumen</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>Entfernt: {0}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A container&apos;s write layer</source>
        <translation>Die Schreibschicht eines Containers</translation>
    </message>
    <message>
        <source>Files created inside a container live in its write layer — and die with it.</source>
        <translation>Dateien, die in einem Container entstehen, leben in seiner Schreibschicht — und sterben mit ihr.</translation>
    </message>
    <message>
        <source>Run a container</source>
        <translation>Einen Container ausführen</translation>
    </message>
    <message>
        <source>A container is a running copy of an image. Everything it changes goes into its own thin write layer on top of the image.</source>
        <translation>Ein Container ist eine laufende Kopie eines Images. Alles, was er ändert, landet in seiner eigenen dünnen Schreibschicht über dem Image.</translation>
    </message>
    <message>
        <source>Use “Run container…”, or let the lesson do it.</source>
        <translation>Nimm „Container ausführen…“ oder lass die Lektion es tun.</translation>
    </message>
    <message>
        <source>Create a file inside it</source>
        <translation>Eine Datei darin anlegen</translation>
    </message>
    <message>
        <source>Open a terminal in the container and write a file. The file is stored in the container&apos;s write layer, not in the image.</source>
        <translation>Öffne ein Terminal im Container und schreibe eine Datei. Die Datei liegt in der Schreibschicht des Containers, nicht im Image.</translation>
    </message>
    <message>
        <source>Select the container, “Open terminal”, type: echo hello &gt; /note.txt</source>
        <translation>Wähle den Container, „Terminal öffnen“, tippe: echo hello &gt; /note.txt</translation>
    </message>
    <message>
        <source>Remove the container</source>
        <translation>Den Container entfernen</translation>
    </message>
    <message>
        <source>Removing a container deletes its write layer — every file created in it goes too. volgui&apos;s remove dialog lists exactly what would be lost.</source>
        <translation>Einen Container zu entfernen löscht seine Schreibschicht — jede darin angelegte Datei geht mit. Der Entfernen-Dialog von volgui listet genau auf, was verloren ginge.</translation>
    </message>
    <message>
        <source>See that the file is gone</source>
        <translation>Sehen, dass die Datei weg ist</translation>
    </message>
    <message>
        <source>Run a new container from the same image: it starts from the image again, without /note.txt. To keep data, you need a volume — the next lesson.</source>
        <translation>Führe einen neuen Container aus demselben Image aus: er beginnt wieder beim Image, ohne /note.txt. Um Daten zu behalten, brauchst du ein Volume — die nächste Lektion.</translation>
    </message>
    <message>
        <source>Volumes keep data</source>
        <translation>Volumes behalten Daten</translation>
    </message>
    <message>
        <source>A volume lives outside any container: remove the container, the data stays.</source>
        <translation>Ein Volume lebt außerhalb jedes Containers: entferne den Container, die Daten bleiben.</translation>
    </message>
    <message>
        <source>Create a volume</source>
        <translation>Ein Volume erstellen</translation>
    </message>
    <message>
        <source>A volume is storage that Docker manages apart from containers — like an external drive.</source>
        <translation>Ein Volume ist Speicher, den Docker getrennt von Containern verwaltet — wie ein externes Laufwerk.</translation>
    </message>
    <message>
        <source>“New volume…” (Ctrl+N).</source>
        <translation>„Neues Volume…“ (Strg+N).</translation>
    </message>
    <message>
        <source>Run a container with the volume mounted</source>
        <translation>Einen Container mit eingehängtem Volume ausführen</translation>
    </message>
    <message>
        <source>The -v volume:/path form mounts the volume at /data inside the container.</source>
        <translation>Die Form -v volume:/pfad hängt das Volume unter /data im Container ein.</translation>
    </message>
    <message>
        <source>Drag the volume onto a container, or use “Run container…” with a volume.</source>
        <translation>Ziehe das Volume auf einen Container oder nimm „Container ausführen…“ mit einem Volume.</translation>
    </message>
    <message>
        <source>Write a file into the volume</source>
        <translation>Eine Datei ins Volume schreiben</translation>
    </message>
    <message>
        <source>Anything written under /data goes into the volume, not into the container&apos;s write layer.</source>
        <translation>Alles, was unter /data geschrieben wird, landet im Volume, nicht in der Schreibschicht des Containers.</translation>
    </message>
    <message>
        <source>The container and its write layer go; the volume is not touched.</source>
        <translation>Der Container und seine Schreibschicht gehen; das Volume wird nicht angefasst.</translation>
    </message>
    <message>
        <source>Mount the same volume in a new container and read the file</source>
        <translation>Dasselbe Volume in einen neuen Container einhängen und die Datei lesen</translation>
    </message>
    <message>
        <source>The file is still there: volumes outlive containers and can be shared between them.</source>
        <translation>Die Datei ist noch da: Volumes überleben Container und können zwischen ihnen geteilt werden.</translation>
    </message>
    <message>
        <source>Two volumes for two purposes</source>
        <translation>Zwei Volumes für zwei Zwecke</translation>
    </message>
    <message>
        <source>A web server keeps its pages in one volume and its logs in another.</source>
        <translation>Ein Webserver hält seine Seiten in einem Volume und seine Logs in einem anderen.</translation>
    </message>
    <message>
        <source>Create the two volumes</source>
        <translation>Die zwei Volumes erstellen</translation>
    </message>
    <message>
        <source>Separate volumes let you back up, share or wipe content and logs independently.</source>
        <translation>Getrennte Volumes lassen dich Inhalte und Logs unabhängig sichern, teilen oder löschen.</translation>
    </message>
    <message>
        <source>Run a web-server-like container with both</source>
        <translation>Einen webserverartigen Container mit beiden ausführen</translation>
    </message>
    <message>
        <source>Pages at /usr/share/nginx/html, logs at /var/log/nginx — the paths nginx uses.</source>
        <translation>Seiten unter /usr/share/nginx/html, Logs unter /var/log/nginx — die Pfade, die nginx nutzt.</translation>
    </message>
    <message>
        <source>Inspect both volumes</source>
        <translation>Beide Volumes untersuchen</translation>
    </message>
    <message>
        <source>Select each volume: the details panel shows its mountpoint on the host and which container uses it, and where.</source>
        <translation>Wähle jedes Volume: der Detailbereich zeigt seinen Einhängepunkt auf dem Host und welcher Container es nutzt, und wo.</translation>
    </message>
    <message>
        <source>Interactive versus detached</source>
        <translation>Interaktiv oder losgelöst</translation>
    </message>
    <message>
        <source>-d runs in the background; -i -t gives you a terminal connected to the main process.</source>
        <translation>-d läuft im Hintergrund; -i -t gibt dir ein Terminal, das mit dem Hauptprozess verbunden ist.</translation>
    </message>
    <message>
        <source>Run a detached container (-d)</source>
        <translation>Einen losgelösten Container ausführen (-d)</translation>
    </message>
    <message>
        <source>Detached containers run in the background; you see nothing unless you read their logs.</source>
        <translation>Losgelöste Container laufen im Hintergrund; du siehst nichts, außer du liest ihre Logs.</translation>
    </message>
    <message>
        <source>Run an interactive container (-i -t)</source>
        <translation>Einen interaktiven Container ausführen (-i -t)</translation>
    </message>
    <message>
        <source>-i keeps its input open and -t gives it a terminal, so you can type into its shell (volgui&apos;s “Attach” action connects to it).</source>
        <translation>-i hält seine Eingabe offen und -t gibt ihm ein Terminal, sodass du in seine Shell tippen kannst (die Aktion „Anhängen“ von volgui verbindet sich damit).</translation>
    </message>
    <message>
        <source>Stopping versus removing</source>
        <translation>Stoppen oder entfernen</translation>
    </message>
    <message>
        <source>Stopping keeps the container and its files; removing deletes the container, never its volumes.</source>
        <translation>Stoppen behält den Container und seine Dateien; Entfernen löscht den Container, nie seine Volumes.</translation>
    </message>
    <message>
        <source>Run a container with a volume and write into both</source>
        <translation>Einen Container mit Volume ausführen und in beide schreiben</translation>
    </message>
    <message>
        <source>One file goes into the write layer, one into the volume.</source>
        <translation>Eine Datei geht in die Schreibschicht, eine ins Volume.</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Ihn stoppen</translation>
    </message>
    <message>
        <source>A stopped container keeps its write layer: /layer.txt is still there.</source>
        <translation>Ein gestoppter Container behält seine Schreibschicht: /layer.txt ist noch da.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Ihn entfernen</translation>
    </message>
    <message>
        <source>Now the write layer is gone — but the volume and /data/vol.txt are kept.</source>
        <translation>Jetzt ist die Schreibschicht weg — aber das Volume und /data/vol.txt bleiben.</translation>
    </message>
    <message>
        <source>Backing a volume up and restoring it</source>
        <translation>Ein Volume sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>Volumes survive containers, not a mistaken prune or a dead disk: keep backups.</source>
        <translation>Volumes überstehen Container, aber kein versehentliches Aufräumen und keine kaputte Platte: halte Sicherungen.</translation>
    </message>
    <message>
        <source>Put something worth keeping in a volume</source>
        <translation>Etwas Wertvolles in ein Volume legen</translation>
    </message>
    <message>
        <source>A volume with one precious file.</source>
        <translation>Ein Volume mit einer wertvollen Datei.</translation>
    </message>
    <message>
        <source>Back it up to a file</source>
        <translation>In eine Datei sichern</translation>
    </message>
    <message>
        <source>volgui streams the volume&apos;s files into a tar archive on your disk.</source>
        <translation>volgui streamt die Dateien des Volumes in ein Tar-Archiv auf deiner Platte.</translation>
    </message>
    <message>
        <source>Select the volume, “Back up…”.</source>
        <translation>Wähle das Volume, „Sichern…“.</translation>
    </message>
    <message>
        <source>Restore it into a new volume</source>
        <translation>In ein neues Volume wiederherstellen</translation>
    </message>
    <message>
        <source>The archive brings back every file with its owner, mode and time.</source>
        <translation>Das Archiv bringt jede Datei mit Besitzer, Modus und Zeit zurück.</translation>
    </message>
    <message>
        <source>“Restore…” and choose the file.</source>
        <translation>„Wiederherstellen…“ und die Datei wählen.</translation>
    </message>
</context>
<context>
    <name>LineAnnouncer</name>
    <message numerus="yes">
        <source>%Ln new lines, the last: {0}</source>
        <translation>
            <numerusform>%Ln neue Zeile, die letzte: {0}</numerusform>
            <numerusform>%Ln neue Zeilen, die letzte: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadImagesDialog</name>
    <message>
        <source>Load images from a file</source>
        <translation>Images aus einer Datei laden</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Bring back images that docker image save (or Save…) wrote into a tar file, gzip-compressed or not.</source>
        <translation>Images zurückholen, die docker image save (oder Speichern…) in eine Tar-Datei geschrieben hat, gzip-komprimiert oder nicht.</translation>
    </message>
    <message>
        <source>Archive to load</source>
        <translation>Zu ladendes Archiv</translation>
    </message>
    <message>
        <source>The tar file to load the images from, on this computer</source>
        <translation>Die tar-Datei auf diesem Computer, aus der die Images geladen werden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>Image-Archive (*.tar *.tar.gz *.tgz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lese {0}…</translation>
    </message>
    <message>
        <source>Read an image archive</source>
        <translation>Ein Image-Archiv lesen</translation>
    </message>
    <message>
        <source>untagged images</source>
        <translation>Images ohne Tag</translation>
    </message>
    <message>
        <source>{0}, {1}: brings {2}.</source>
        <translation>{0}, {1}: bringt {2}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>Loaded {0}.</source>
        <translation>{0} geladen.</translation>
    </message>
</context>
<context>
    <name>LogTextView</name>
    <message>
        <source>Log lines</source>
        <translation>Log-Zeilen</translation>
    </message>
    <message>
        <source>The arrow keys move the current line; Ctrl+End goes to the newest</source>
        <translation>Die Pfeiltasten bewegen die aktuelle Zeile; Strg+Ende geht zur neuesten</translation>
    </message>
</context>
<context>
    <name>LogsFeature</name>
    <message>
        <source>What the selected container wrote, as it arrives</source>
        <translation>Was der gewählte Container ausgibt, sobald es ankommt</translation>
    </message>
    <message>
        <source>CPU, memory, network and disk use of the selected container</source>
        <translation>CPU-, Speicher-, Netzwerk- und Plattennutzung des gewählten Containers</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <source>Which part of the log to load (docker logs --tail / --since)</source>
        <translation>Welcher Teil des Logs geladen wird (docker logs --tail / --since)</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Show when the engine received each line (UTC)</source>
        <translation>Zeigen, wann die Engine jede Zeile empfangen hat (UTC)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Render ANSI colours (off: strip them)</source>
        <translation>ANSI-Farben darstellen (aus: entfernen)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view (End)</source>
        <translation>Die neueste Zeile im Blick behalten (Ende)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Das Log durchsuchen</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>Log durchsuchen…</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (all lines when none is selected)</source>
        <translation>Die gewählten Zeilen kopieren (alle, wenn keine gewählt ist)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the lines shown to a text file</source>
        <translation>Die gezeigten Zeilen in eine Textdatei speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the view (the container&apos;s log is kept)</source>
        <translation>Ansicht leeren (das Log des Containers bleibt)</translation>
    </message>
    <message>
        <source>Select a container to see its logs.</source>
        <translation>Wähle einen Container, um seine Logs zu sehen.</translation>
    </message>
    <message>
        <source>{0} — the log loads when this tab is shown.</source>
        <translation>{0} — das Log lädt, wenn dieser Tab gezeigt wird.</translation>
    </message>
    <message>
        <source>Not connected: the log loads when the engine is back.</source>
        <translation>Nicht verbunden: das Log lädt, wenn die Engine zurück ist.</translation>
    </message>
    <message>
        <source>Loading the log of {0}…</source>
        <translation>Lade das Log von {0}…</translation>
    </message>
    <message>
        <source>{0} — paused while the tab is hidden.</source>
        <translation>{0} — pausiert, solange der Tab verborgen ist.</translation>
    </message>
    <message>
        <source>{0} was removed; the lines above are what was shown.</source>
        <translation>{0} wurde entfernt; die Zeilen oben sind das zuletzt Gezeigte.</translation>
    </message>
    <message>
        <source>following</source>
        <translation>folgt</translation>
    </message>
    <message>
        <source>not running — the whole log is shown</source>
        <translation>läuft nicht — das ganze Log wird gezeigt</translation>
    </message>
    <message>
        <source>{0} is not running: the log is complete. It resumes when the container starts.</source>
        <translation>{0} läuft nicht: das Log ist vollständig. Es geht weiter, wenn der Container startet.</translation>
    </message>
    <message>
        <source>The log stream stopped: {0} — it resumes when the engine is back.</source>
        <translation>Der Log-Stream hat aufgehört: {0} — er geht weiter, wenn die Engine zurück ist.</translation>
    </message>
    <message>
        <source>   ·   {0:,} older lines no longer held</source>
        <translation>   ·   {0:,} ältere Zeilen nicht mehr vorgehalten</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Line {0:,}</source>
        <translation>Zeile {0:,}</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt);;All files (*)</source>
        <translation>Textdateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved {0} to {1}.</source>
        <translation>{0} nach {1} gespeichert.</translation>
    </message>
    <message>
        <source> Older lines were no longer held: `docker logs {0} &gt; file` saves everything.</source>
        <translation> Ältere Zeilen wurden nicht mehr vorgehalten: `docker logs {0} &gt; datei` speichert alles.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Named storage that outlives containers</source>
        <translation>Benannter Speicher, der Container überdauert</translation>
    </message>
    <message>
        <source>The images containers are made from</source>
        <translation>Die Images, aus denen Container entstehen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Compute volume &amp;sizes</source>
        <translation>Volume-&amp;Größen berechnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to a Docker engine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht mit einer Docker-Engine verbunden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is not answering since {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Engine antwortet seit {0} nicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The lists below show what was known at {0} and may be out of date. Actions are off until the engine answers again; volgui checks every few seconds and then reloads everything.
{1}</source>
        <translation>Die Listen unten zeigen den Stand von {0} und sind vielleicht veraltet. Aktionen sind aus, bis die Engine wieder antwortet; volgui prüft alle paar Sekunden und lädt dann alles neu.
{1}</translation>
    </message>
</context>
<context>
    <name>MountDialog</name>
    <message>
        <source>Mount in {0}</source>
        <translation>In {0} einhängen</translation>
    </message>
    <message>
        <source>Remove a mount from {0}</source>
        <translation>Eine Einhängung aus {0} entfernen</translation>
    </message>
    <message>
        <source>Replace a volume of {0}</source>
        <translation>Ein Volume von {0} ersetzen</translation>
    </message>
    <message>
        <source>Back up its volumes first, into the Backups tab&apos;s folder</source>
        <translation>Zuerst seine Volumes sichern, in den Ordner des Tabs Sicherungen</translation>
    </message>
    <message>
        <source>{0} into {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>the folder {0}</source>
        <translation>den Ordner {0}</translation>
    </message>
    <message>
        <source>the volume {0}</source>
        <translation>das Volume {0}</translation>
    </message>
    <message>
        <source>Mount {0} in {1}.</source>
        <translation>{0} in {1} einhängen.</translation>
    </message>
    <message>
        <source>Remove the mount at &lt;b&gt;{0}&lt;/b&gt; from {1}.</source>
        <translation>Die Einhängung unter &lt;b&gt;{0}&lt;/b&gt; aus {1} entfernen.</translation>
    </message>
    <message>
        <source>Mount the volume {0} at &lt;b&gt;{1}&lt;/b&gt; in {2}, instead of what is mounted there now.</source>
        <translation>Das Volume {0} unter &lt;b&gt;{1}&lt;/b&gt; in {2} einhängen, statt dessen, was dort jetzt eingehängt ist.</translation>
    </message>
    <message>
        <source>Checking the container…</source>
        <translation>Prüfe den Container…</translation>
    </message>
    <message>
        <source>Check a mount change</source>
        <translation>Eine Änderung der Einhängungen prüfen</translation>
    </message>
    <message>
        <source>Docker cannot change the mounts of an existing container: volgui re-creates it with the same settings.</source>
        <translation>Docker kann die Einhängungen eines bestehenden Containers nicht ändern: volgui erstellt ihn mit denselben Einstellungen neu.</translation>
    </message>
    <message>
        <source>Looking at the write layer…</source>
        <translation>Sehe mir die Schreibschicht an…</translation>
    </message>
    <message>
        <source>{0} will be re-created with the same settings and restarted. It is running now, so {1}.</source>
        <translation>{0} wird mit denselben Einstellungen neu erstellt und neu gestartet. Er läuft gerade, also {1}.</translation>
    </message>
    <message>
        <source>{0} will be re-created with the same settings. It is not running and will not be started.</source>
        <translation>{0} wird mit denselben Einstellungen neu erstellt. Er läuft nicht und wird nicht gestartet.</translation>
    </message>
    <message>
        <source>Kept: {0}.</source>
        <translation>Behalten: {0}.</translation>
    </message>
    <message>
        <source>{0} added, changed or deleted outside volumes since the container was created. Without care they would be lost:</source>
        <translation>{0} seit dem Erstellen des Containers außerhalb von Volumes hinzugefügt, geändert oder gelöscht. Ohne Vorsicht gingen sie verloren:</translation>
    </message>
    <message>
        <source>Nothing was written outside volumes: nothing to lose.</source>
        <translation>Außerhalb von Volumes wurde nichts geschrieben: nichts zu verlieren.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>Cancelling — putting everything back…</source>
        <translation>Breche ab — stelle alles wieder her…</translation>
    </message>
</context>
<context>
    <name>MountDialogLayout</name>
    <message>
        <source>The volume to mount into the container</source>
        <translation>Das Volume, das in den Container eingehängt wird</translation>
    </message>
    <message>
        <source>Folder on the host:</source>
        <translation>Ordner auf dem Host:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Mount path in the container</source>
        <translation>Einhängepfad im Container</translation>
    </message>
    <message>
        <source>Path in the container:</source>
        <translation>Pfad im Container:</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was passieren wird</translation>
    </message>
    <message>
        <source>The steps of the re-create and what each one keeps</source>
        <translation>Die Schritte der Neuerstellung und was jeder erhält</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Files in the container&apos;s write layer (outside volumes)</source>
        <translation>Dateien in der Schreibschicht des Containers (außerhalb von Volumes)</translation>
    </message>
    <message>
        <source>Equivalent commands, step by step:</source>
        <translation>Gleichwertige Befehle, Schritt für Schritt:</translation>
    </message>
    <message>
        <source>the volumes it mounts</source>
        <translation>die Volumes, die er einhängt</translation>
    </message>
    <message>
        <source>Mount and re-create</source>
        <translation>Einhängen und neu erstellen</translation>
    </message>
    <message>
        <source>Remove and re-create</source>
        <translation>Entfernen und neu erstellen</translation>
    </message>
    <message>
        <source>Replace and re-create</source>
        <translation>Ersetzen und neu erstellen</translation>
    </message>
    <message>
        <source>Re-create the container with the changed mounts, as the steps above say</source>
        <translation>Den Container mit den geänderten Einhängungen neu erstellen, wie die Schritte oben sagen</translation>
    </message>
</context>
<context>
    <name>MountingController</name>
    <message>
        <source>&amp;Run container…</source>
        <translation>Container &amp;ausführen…</translation>
    </message>
    <message>
        <source>Create and start a new container from an image (docker run)</source>
        <translation>Einen neuen Container aus einem Image erstellen und starten (docker run)</translation>
    </message>
    <message>
        <source>&amp;Mount a volume…</source>
        <translation>Ein Volume &amp;einhängen…</translation>
    </message>
    <message>
        <source>Mount a volume in the selected container (re-creates it)</source>
        <translation>Ein Volume in den gewählten Container einhängen (erstellt ihn neu)</translation>
    </message>
    <message>
        <source>Remove mount</source>
        <translation>Einhängung entfernen</translation>
    </message>
    <message>
        <source>Replace volume</source>
        <translation>Volume ersetzen</translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation>&amp;Container</translation>
    </message>
    <message>
        <source>&amp;Run this image…</source>
        <translation>Dieses Image &amp;ausführen…</translation>
    </message>
    <message>
        <source>Create and start a container from this image (docker run)</source>
        <translation>Einen Container aus diesem Image erstellen und starten (docker run)</translation>
    </message>
    <message>
        <source>{0} re-created in {1:.1f} s</source>
        <translation>{0} in {1:.1f} s neu erstellt</translation>
    </message>
    <message>
        <source>Look for interrupted mount changes</source>
        <translation>Nach unterbrochenen Einhängungs-Änderungen suchen</translation>
    </message>
    <message>
        <source>A mount change was interrupted (volgui was stopped in the middle). The original containers are safe, under a temporary name:</source>
        <translation>Eine Änderung der Einhängungen wurde unterbrochen (volgui wurde mittendrin beendet). Die ursprünglichen Container sind sicher, unter einem vorläufigen Namen:</translation>
    </message>
    <message>
        <source>Interrupted mount change</source>
        <translation>Unterbrochene Einhängungs-Änderung</translation>
    </message>
    <message>
        <source>Give back their names</source>
        <translation>Ihre Namen zurückgeben</translation>
    </message>
    <message>
        <source>Restore the name of {0}</source>
        <translation>Den Namen von {0} wiederherstellen</translation>
    </message>
    <message>
        <source>Finishing the mount change before quitting…</source>
        <translation>Schließe die Einhängungs-Änderung vor dem Beenden ab…</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>NodesView</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop notification when… (volgui-backup follows the same choice when volgui is closed)</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn… (volgui-backup folgt derselben Wahl, wenn volgui geschlossen ist)</translation>
    </message>
    <message>
        <source>Show a desktop notification when this happens</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn das geschieht</translation>
    </message>
</context>
<context>
    <name>NotificationsFeature</name>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <source>Choose which desktop notifications volgui shows</source>
        <translation>Wählen, welche Desktop-Benachrichtigungen volgui zeigt</translation>
    </message>
</context>
<context>
    <name>ObjectView</name>
    <message>
        <source>Every word must match the name, image or a label (key=value)</source>
        <translation>Jedes Wort muss zum Namen, Image oder einem Label (key=value) passen</translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation>{0} filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Filter by name, image or label</source>
        <translation>Nach Name, Image oder Label filtern</translation>
    </message>
    <message>
        <source>Only related</source>
        <translation>Nur Zugehörige</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Hier ist nichts</translation>
    </message>
    <message>
        <source>Nothing related to the selection</source>
        <translation>Nichts gehört zur Auswahl</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The list appears when an engine answers.</source>
        <translation>Die Liste erscheint, wenn eine Engine antwortet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”</source>
        <translation>Nichts passt zu „{0}“</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Give the server: a host name or an IP address.</source>
        <translation>Den Server angeben: einen Hostnamen oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The server “{0}” is not a host name or an IP address (letters, digits, “-” and “.” only; no commas, quotes or spaces).</source>
        <translation>Der Server „{0}“ ist weder ein Hostname noch eine IP-Adresse (nur Buchstaben, Ziffern, „-“ und „.“; keine Kommas, Anführungszeichen oder Leerzeichen).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a NUL</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>{0} contains {1}: Docker passes it inside “o=…”, where it would start or change another mount option.</source>
        <translation>{0} enthält {1}: Docker übergibt den Wert in „o=…“, wo er eine weitere Mount-Option beginnen oder ändern würde.</translation>
    </message>
    <message>
        <source>{0} must be an absolute path, like /srv/data.</source>
        <translation>{0} muss ein absoluter Pfad sein, wie /srv/data.</translation>
    </message>
    <message>
        <source>{0} contains a line break or is too long.</source>
        <translation>{0} enthält einen Zeilenumbruch oder ist zu lang.</translation>
    </message>
    <message>
        <source>{0} may not contain “..”.</source>
        <translation>{0} darf kein „..“ enthalten.</translation>
    </message>
    <message>
        <source>The NFS option “{0}”</source>
        <translation>Die NFS-Option „{0}“</translation>
    </message>
    <message>
        <source>“{0}” is set by the form&apos;s server and version fields: remove it from the options.</source>
        <translation>„{0}“ wird von den Feldern Server und Version des Formulars gesetzt: aus den Optionen entfernen.</translation>
    </message>
    <message>
        <source>The NFS option “{0}” takes a whole number, as in {0}=600.</source>
        <translation>Die NFS-Option „{0}“ nimmt eine ganze Zahl, etwa {0}=600.</translation>
    </message>
    <message>
        <source>The NFS option “{0}” takes one of: {1}.</source>
        <translation>Die NFS-Option „{0}“ nimmt einen dieser Werte: {1}.</translation>
    </message>
    <message>
        <source>“{0}” is not an NFS mount option volgui knows (see man 5 nfs): for example ro, hard, soft, noatime, timeo=600, proto=tcp.</source>
        <translation>„{0}“ ist keine NFS-Mount-Option, die volgui kennt (siehe man 5 nfs): etwa ro, hard, soft, noatime, timeo=600, proto=tcp.</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>NFS version {0} is not one of {1}.</source>
        <translation>NFS-Version {0} ist keine von {1}.</translation>
    </message>
    <message>
        <source>The share is its name on the server, like “backup” or “backup/folder” (no commas, quotes, “=” or spaces).</source>
        <translation>Die Freigabe ist ihr Name auf dem Server, etwa „backup“ oder „backup/folder“ (keine Kommas, Anführungszeichen, „=“ oder Leerzeichen).</translation>
    </message>
    <message>
        <source>The user name may not contain commas, quotes, “=”, spaces, “/”, “:” or “@”.</source>
        <translation>Der Benutzername darf keine Kommas, Anführungszeichen, „=“, Leerzeichen, „/“, „:“ oder „@“ enthalten.</translation>
    </message>
    <message>
        <source>The password is longer than 256 characters.</source>
        <translation>Das Passwort ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>SMB version {0} is not one of {1}.</source>
        <translation>SMB-Version {0} ist keine von {1}.</translation>
    </message>
    <message>
        <source>Docker keeps these options with the volume, the password too: anyone who may use this engine can read it with “docker volume inspect”. volgui does not save it anywhere.</source>
        <translation>Docker behält diese Optionen beim Volume, auch das Passwort: wer diese Engine nutzen darf, kann es mit „docker volume inspect“ lesen. volgui speichert es nirgends.</translation>
    </message>
    <message>
        <source>The size “{0}” is not a size: write 100m, 2g, 512k or 50%.</source>
        <translation>Die Größe „{0}“ ist keine Größe: 100m, 2g, 512k oder 50% schreiben.</translation>
    </message>
    <message>
        <source>The mode “{0}” is not an octal mode like 1777 or 755.</source>
        <translation>Der Modus „{0}“ ist kein Oktalmodus wie 1777 oder 755.</translation>
    </message>
    <message>
        <source>A tmpfs volume lives in memory: its data is gone when the engine stops.</source>
        <translation>Ein tmpfs-Volume lebt im Speicher: seine Daten sind weg, wenn die Engine stoppt.</translation>
    </message>
    <message>
        <source>The host folder</source>
        <translation>Der Host-Ordner</translation>
    </message>
    <message>
        <source>The folder must exist on the engine&apos;s machine; the test below checks it.</source>
        <translation>Der Ordner muss auf dem Rechner der Engine existieren; der Test unten prüft das.</translation>
    </message>
</context>
<context>
    <name>PaneNavigator</name>
    <message>
        <source>Go to pane {0}</source>
        <translation>Zu Bereich {0} wechseln</translation>
    </message>
    <message>
        <source>Go to bottom tab {0}</source>
        <translation>Zum unteren Tab {0} wechseln</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Kontextmenü</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Backup policy for {0}</source>
        <translation>Sicherungsplan für {0}</translation>
    </message>
    <message>
        <source>How often a backup is taken, like 6h or 1d</source>
        <translation>Wie oft gesichert wird, etwa 6h oder 1d</translation>
    </message>
    <message>
        <source>How many backups are kept; older ones are deleted</source>
        <translation>Wie viele Sicherungen bleiben; ältere werden gelöscht</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sichern alle:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Behalten, die letzten:</translation>
    </message>
    <message>
        <source>While volgui runs, due backups happen in the background. To back up when it is closed, install the timer: volgui-backup --install-timer.</source>
        <translation>Solange volgui läuft, geschehen fällige Sicherungen im Hintergrund. Um auch bei geschlossenem volgui zu sichern, installiere den Timer: volgui-backup --install-timer.</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>Stop the scheduled backups of this volume</source>
        <translation>Die geplanten Sicherungen dieses Volumes beenden</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Local Docker</source>
        <translation>Lokales Docker</translation>
    </message>
    <message>
        <source>the default Docker socket</source>
        <translation>der Standard-Socket von Docker</translation>
    </message>
    <message>
        <source>from the DOCKER_HOST variable</source>
        <translation>aus der Variable DOCKER_HOST</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>Docker-Kontext</translation>
    </message>
    <message>
        <source>Podman (rootless)</source>
        <translation>Podman (ohne Root)</translation>
    </message>
    <message>
        <source>Podman&apos;s Docker-compatible socket</source>
        <translation>der Docker-kompatible Socket von Podman</translation>
    </message>
</context>
<context>
    <name>ProjectBackupDialog</name>
    <message>
        <source>Back up project {0}</source>
        <translation>Projekt {0} sichern</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Back up every volume of the project {0} into one folder, each with a manifest the Backups tab lists and verifies.</source>
        <translation>Jedes Volume des Projekts {0} in einen Ordner sichern, jedes mit einem Manifest, das der Tab Sicherungen auflistet und prüft.</translation>
    </message>
    <message>
        <source>Volumes: {0}</source>
        <translation>Volumes: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Stop the project while backing up (a consistent copy), then start it again</source>
        <translation>Das Projekt beim Sichern stoppen (eine stimmige Kopie), dann wieder starten</translation>
    </message>
    <message>
        <source>A container that writes while it is copied can leave a broken backup</source>
        <translation>Ein Container, der beim Kopieren schreibt, kann eine defekte Sicherung hinterlassen</translation>
    </message>
    <message>
        <source>{0} running: files they write during the copy may be caught half written.</source>
        <translation>{0} läuft: Dateien, die beim Kopieren geschrieben werden, können halb geschrieben erfasst werden.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Wähle einen Ordner für die Sicherungen.</translation>
    </message>
</context>
<context>
    <name>ProjectDownDialog</name>
    <message>
        <source>Remove project {0}</source>
        <translation>Projekt {0} entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the containers and networks of {0}, as docker compose down does. Its volumes and their data are kept unless you tick below.</source>
        <translation>Die Container und Netzwerke von {0} entfernen, wie docker compose down. Seine Volumes und ihre Daten bleiben, außer du setzt unten ein Häkchen.</translation>
    </message>
    <message>
        <source>Also remove the project&apos;s volumes (their data is lost)</source>
        <translation>Auch die Volumes des Projekts entfernen (ihre Daten gehen verloren)</translation>
    </message>
    <message>
        <source>Back them up first (nothing is removed if a backup fails)</source>
        <translation>Sie zuerst sichern (nichts wird entfernt, wenn eine Sicherung fehlschlägt)</translation>
    </message>
    <message>
        <source>Listing what the project has…</source>
        <translation>Liste auf, was das Projekt hat…</translation>
    </message>
    <message>
        <source>Containers: {0}</source>
        <translation>Container: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Networks: {0}</source>
        <translation>Netzwerke: {0}</translation>
    </message>
    <message>
        <source>Kept in any case (not made by the project): {0}</source>
        <translation>Bleibt auf jeden Fall (nicht vom Projekt erstellt): {0}</translation>
    </message>
    <message>
        <source>Volumes removed: {0}</source>
        <translation>Entfernte Volumes: {0}</translation>
    </message>
    <message>
        <source>Remove with volumes</source>
        <translation>Mit Volumes entfernen</translation>
    </message>
    <message>
        <source>Choose a folder for the backups, or untick the backup.</source>
        <translation>Wähle einen Ordner für die Sicherungen oder entferne das Häkchen bei der Sicherung.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Config files</source>
        <translation>Konfigurationsdateien</translation>
    </message>
    <message>
        <source>Containers and volumes that no compose project made</source>
        <translation>Container und Volumes, die kein Compose-Projekt erstellt hat</translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation>ohne Gruppe</translation>
    </message>
    <message>
        <source>{0} of {1} running</source>
        <translation>{0} von {1} laufen</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Compose projects</source>
        <translation>Compose-Projekte</translation>
    </message>
    <message>
        <source>Show in the views</source>
        <translation>In den Ansichten zeigen</translation>
    </message>
    <message>
        <source>Filter both views to this project</source>
        <translation>Beide Ansichten auf dieses Projekt filtern</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start every stopped container of the project</source>
        <translation>Jeden gestoppten Container des Projekts starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop every running container of the project</source>
        <translation>Jeden laufenden Container des Projekts stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Restart every container of the project</source>
        <translation>Jeden Container des Projekts neu starten</translation>
    </message>
    <message>
        <source>Back up volumes…</source>
        <translation>Volumes sichern…</translation>
    </message>
    <message>
        <source>Back up all the project&apos;s volumes</source>
        <translation>Alle Volumes des Projekts sichern</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the project&apos;s containers (docker compose down)</source>
        <translation>Die Container des Projekts entfernen (docker compose down)</translation>
    </message>
    <message>
        <source>Save as compose.yaml…</source>
        <translation>Als compose.yaml speichern…</translation>
    </message>
    <message>
        <source>A compose file that re-creates the project as it is now</source>
        <translation>Eine Compose-Datei, die das Projekt so neu erstellt, wie es jetzt ist</translation>
    </message>
</context>
<context>
    <name>PruneBuildCacheDialog</name>
    <message>
        <source>Prune build cache</source>
        <translation>Build-Cache aufräumen</translation>
    </message>
    <message>
        <source>Remove build cache</source>
        <translation>Build-Cache entfernen</translation>
    </message>
    <message>
        <source>Build cache makes the next build faster; removing it frees {0}. Entries a build uses now are kept.</source>
        <translation>Der Build-Cache macht den nächsten Build schneller; ihn zu entfernen gibt {0} frei. Einträge, die ein Build gerade nutzt, bleiben.</translation>
    </message>
    <message>
        <source>Cache entry</source>
        <translation>Cache-Eintrag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Build cache to remove</source>
        <translation>Zu entfernender Build-Cache</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune unused volumes</source>
        <translation>Unbenutzte Volumes aufräumen</translation>
    </message>
    <message>
        <source>Delete these volumes</source>
        <translation>Diese Volumes löschen</translation>
    </message>
    <message>
        <source>Unused volumes are those no container uses — running or stopped. Pruning deletes them and their data for good. Exactly the volumes listed below are deleted; one created meanwhile is left alone.</source>
        <translation>Unbenutzte Volumes sind die, die kein Container nutzt — laufend oder gestoppt. Aufräumen löscht sie und ihre Daten endgültig. Genau die unten gelisteten Volumes werden gelöscht; ein inzwischen erstelltes bleibt.</translation>
    </message>
    <message>
        <source>Include named volumes (not only anonymous ones)</source>
        <translation>Benannte Volumes einbeziehen (nicht nur anonyme)</translation>
    </message>
    <message>
        <source>Since Docker Engine 23 “docker volume prune” deletes only anonymous volumes unless you add --all.</source>
        <translation>Seit Docker Engine 23 löscht „docker volume prune“ nur anonyme Volumes, außer du gibst --all an.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Finding unused volumes and measuring them…</source>
        <translation>Suche unbenutzte Volumes und messe sie…</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>named</source>
        <translation>benannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will delete:&lt;/b&gt; {0}, {1} of data.</source>
        <translation>&lt;b&gt;Wird gelöscht:&lt;/b&gt; {0}, {1} an Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln Volume</numerusform>
            <numerusform>%Ln Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>No unused volumes: there is nothing to prune.</source>
        <translation>Keine unbenutzten Volumes: nichts aufzuräumen.</translation>
    </message>
    <message>
        <source>Kept because containers use them: {0}.</source>
        <translation>Behalten, weil Container sie nutzen: {0}.</translation>
    </message>
    <message>
        <source>Equivalent command:</source>
        <translation>Gleichwertiger Befehl:</translation>
    </message>
    <message>
        <source>Like {0} on this engine, but only the volumes listed.</source>
        <translation>Wie {0} auf dieser Engine, aber nur die gelisteten Volumes.</translation>
    </message>
    <message>
        <source>On this engine (API {0}) “docker volume prune” also deletes unused named volumes: no prune command deletes only the anonymous ones.</source>
        <translation>Auf dieser Engine (API {0}) löscht „docker volume prune“ auch unbenutzte benannte Volumes: kein Prune-Befehl löscht nur die anonymen.</translation>
    </message>
</context>
<context>
    <name>PruneImagesDialog</name>
    <message>
        <source>Prune unused images</source>
        <translation>Unbenutzte Images aufräumen</translation>
    </message>
    <message>
        <source>Remove these images</source>
        <translation>Diese Images entfernen</translation>
    </message>
    <message>
        <source>Remove images no container uses. Exactly the images listed are removed, nothing that appears meanwhile.</source>
        <translation>Images entfernen, die kein Container nutzt. Genau die gelisteten Images werden entfernt, nichts, was inzwischen erscheint.</translation>
    </message>
    <message>
        <source>Untagged images only (left over when a tag moved)</source>
        <translation>Nur Images ohne Tag (übrig, wenn ein Tag weiterzog)</translation>
    </message>
    <message>
        <source>Every image no container uses, tagged or not</source>
        <translation>Jedes Image, das kein Container nutzt, mit oder ohne Tag</translation>
    </message>
    <message>
        <source>Remove only the images without a name: the list below shows them</source>
        <translation>Nur die Images ohne Namen entfernen: die Liste unten zeigt sie</translation>
    </message>
    <message>
        <source>Remove every image no container uses, named ones too: the list below shows them</source>
        <translation>Jedes Image entfernen, das kein Container nutzt, auch benannte: die Liste unten zeigt sie</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Images to remove</source>
        <translation>Zu entfernende Images</translation>
    </message>
    <message>
        <source>Finding unused images…</source>
        <translation>Suche unbenutzte Images…</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation>Nichts zu entfernen.</translation>
    </message>
    <message>
        <source>{0}, up to {1} (layers another image shares stay).</source>
        <translation>{0}, bis zu {1} (Schichten, die ein anderes Image teilt, bleiben).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull an image</source>
        <translation>Ein Image laden</translation>
    </message>
    <message>
        <source>Download an image from a registry: Docker Hub (busybox, nginx:1.27) or any other (registry.example.com/team/app:1.2).</source>
        <translation>Ein Image aus einer Registry laden: Docker Hub (busybox, nginx:1.27) oder jede andere (registry.example.com/team/app:1.2).</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>Push an image</source>
        <translation>Ein Image hochladen</translation>
    </message>
    <message>
        <source>Upload one tag of this image to the registry its name points to. Name it for another registry first with Tag…</source>
        <translation>Einen Tag dieses Images in die Registry hochladen, auf die sein Name zeigt. Benenne es zuerst mit Taggen… für eine andere Registry.</translation>
    </message>
    <message>
        <source>The tag to upload; its name says which registry receives it</source>
        <translation>Das hochzuladende Tag; sein Name sagt, welche Registry es empfängt</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
</context>
<context>
    <name>PutBackDialog</name>
    <message>
        <source>Put back the files of {0}</source>
        <translation>Die Dateien von {0} zurücklegen</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <source>A roll back of {0} was stopped (the engine or the machine stopped) after it had moved every file of the volume into the folder {1}, while it restored the snapshot beside it.

volgui first takes a snapshot of the volume as it is now, so this can be undone too. Then it removes what the roll back restored beside the folder (and anything written since), moves the files back and gives the volume its own mode, owner and time again.</source>
        <translation>Ein Zurückrollen von {0} wurde angehalten (die Engine oder der Rechner hielt an), nachdem es jede Datei des Volumes in den Ordner {1} verschoben hatte, während es den Snapshot daneben wiederherstellte.

volgui macht zuerst einen Snapshot des Volumes, wie es jetzt ist, sodass auch das rückgängig gemacht werden kann. Dann entfernt es, was das Zurückrollen neben dem Ordner wiederhergestellt hat (und alles, was seitdem geschrieben wurde), legt die Dateien zurück und gibt dem Volume wieder seinen eigenen Modus, Besitzer und seine Zeit.</translation>
    </message>
    <message>
        <source>A roll back of {0} was stopped (the engine or the machine stopped) while it moved the volume&apos;s files into the folder {1}: some are in that folder, the others where they were.

volgui first takes a snapshot of the volume as it is now, then moves the folder&apos;s files back beside the others. Nothing is removed: if a name is in both places, nothing is changed and volgui says which.</source>
        <translation>Ein Zurückrollen von {0} wurde angehalten (die Engine oder der Rechner hielt an), während es die Dateien des Volumes in den Ordner {1} verschob: einige liegen in diesem Ordner, die anderen, wo sie waren.

volgui macht zuerst einen Snapshot des Volumes, wie es jetzt ist, und legt dann die Dateien des Ordners zurück neben die anderen. Nichts wird entfernt: steht ein Name an beiden Stellen, wird nichts geändert, und volgui sagt, welcher.</translation>
    </message>
    <message>
        <source>Take a snapshot, then move the folder&apos;s files back into the volume</source>
        <translation>Einen Snapshot machen, dann die Dateien des Ordners zurück ins Volume legen</translation>
    </message>
</context>
<context>
    <name>RemoteFolderDialog</name>
    <message>
        <source>Remote backups folder</source>
        <translation>Entfernter Sicherungsordner</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Diesen Ordner nutzen</translation>
    </message>
    <message>
        <source>Keep backups on another machine over SFTP (sftp://user@server/folder), or in an S3-compatible bucket (s3+https://KEYID@server/bucket/folder). An SSH server&apos;s host key must already be known (connect once with ssh); keys from your SSH agent or ~/.ssh/config are tried before a password. For S3 the password is the secret key.</source>
        <translation>Sicherungen auf einem anderen Rechner über SFTP (sftp://user@server/folder) oder in einem S3-kompatiblen Bucket (s3+https://KEYID@server/bucket/folder) halten. Der Host-Schlüssel eines SSH-Servers muss schon bekannt sein (einmal mit ssh verbinden); Schlüssel aus deinem SSH-Agenten oder ~/.ssh/config werden vor einem Passwort versucht. Bei S3 ist das Passwort der geheime Schlüssel.</translation>
    </message>
    <message>
        <source>(only if the server asks for one)</source>
        <translation>(nur wenn der Server eines verlangt)</translation>
    </message>
    <message>
        <source>Remember the password in the desktop keyring</source>
        <translation>Das Passwort im Schlüsselbund des Desktops merken</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring, so it is not asked again</source>
        <translation>Das Passwort im Schlüsselbund des Desktops behalten, damit es nicht erneut abgefragt wird</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Verbinde mit {0}…</translation>
    </message>
</context>
<context>
    <name>RemoveContainersDialog</name>
    <message>
        <source>Remove container</source>
        <translation>Container entfernen</translation>
    </message>
    <message>
        <source>Remove {0} containers</source>
        <translation>{0} Container entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {0}? {1}</source>
        <translation>{0} entfernen? {1}</translation>
    </message>
    <message>
        <source>The files changed in the write layer, lost with the container</source>
        <translation>Die in der Schreibschicht geänderten Dateien, die mit dem Container verloren gehen</translation>
    </message>
    <message>
        <source>Changed in the write layer (lost)</source>
        <translation>In der Schreibschicht geändert (verloren)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Volumes kept</source>
        <translation>Behaltene Volumes</translation>
    </message>
    <message>
        <source>The volumes these containers use; removing the containers keeps them</source>
        <translation>Die Volumes dieser Container; sie bleiben, wenn die Container entfernt werden</translation>
    </message>
    <message>
        <source>Volume (kept)</source>
        <translation>Volume (bleibt)</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Eingehängt unter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reading what each container changed…</source>
        <translation>Lese, was jeder Container geändert hat…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost:&lt;/b&gt; {0} in the write layer (added, changed or deleted inside the container, outside its volumes).</source>
        <translation>&lt;b&gt;Verloren:&lt;/b&gt; {0} in der Schreibschicht (im Container außerhalb seiner Volumes hinzugefügt, geändert oder gelöscht).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed file(s)</source>
        <translation>
            <numerusform>%Ln geänderte Datei</numerusform>
            <numerusform>%Ln geänderte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost:&lt;/b&gt; nothing — no file was changed in the write layer.</source>
        <translation>&lt;b&gt;Verloren:&lt;/b&gt; nichts — keine Datei der Schreibschicht wurde geändert.</translation>
    </message>
    <message>
        <source>The changes of some containers could not be read — they are lost too: {0}</source>
        <translation>Die Änderungen einiger Container konnten nicht gelesen werden — sie gehen auch verloren: {0}</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>{0} added, {1} changed, {2} deleted</source>
        <translation>{0} hinzugefügt, {1} geändert, {2} gelöscht</translation>
    </message>
    <message>
        <source>{0} — {1}: {2}</source>
        <translation>{0} — {1}: {2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source> — also used by {0}</source>
        <translation> — auch genutzt von {0}</translation>
    </message>
    <message>
        <source>named</source>
        <translation>benannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; {0} — the data stays and can be mounted into another container.</source>
        <translation>&lt;b&gt;Bleibt:&lt;/b&gt; {0} — die Daten bleiben und können in einen anderen Container eingehängt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln Volume</numerusform>
            <numerusform>%Ln Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; no volumes are mounted.</source>
        <translation>&lt;b&gt;Bleibt:&lt;/b&gt; es sind keine Volumes eingehängt.</translation>
    </message>
    <message>
        <source>Host folders mounted in are not touched: {0}.</source>
        <translation>Eingehängte Host-Ordner werden nicht angefasst: {0}.</translation>
    </message>
    <message>
        <source>Also remove {0} (data lost)</source>
        <translation>Auch {0} entfernen (Daten verloren)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous volume(s)</source>
        <translation>
            <numerusform>%Ln anonymes Volume</numerusform>
            <numerusform>%Ln anonyme Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous volumes were created with the container (docker run -v /path) and have a long random name; no other container uses these. They are kept unless you tick this.</source>
        <translation>Anonyme Volumes entstanden mit dem Container (docker run -v /pfad) und haben einen langen zufälligen Namen; kein anderer Container nutzt diese. Sie bleiben, außer du setzt hier ein Häkchen.</translation>
    </message>
    <message>
        <source>Running: {0} — stopped first (like docker stop), then removed.</source>
        <translation>Läuft: {0} — erst gestoppt (wie docker stop), dann entfernt.</translation>
    </message>
</context>
<context>
    <name>RemoveImagesDialog</name>
    <message>
        <source>Remove image</source>
        <translation>Image entfernen</translation>
    </message>
    <message>
        <source>Remove {0} images</source>
        <translation>{0} Images entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A removed image can be pulled again if a registry has it; one made here (built, committed, loaded) is gone.</source>
        <translation>Ein entferntes Image kann neu geladen werden, wenn eine Registry es hat; eines, das hier entstand (gebaut, committet, geladen), ist weg.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Images to remove</source>
        <translation>Zu entfernende Images</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Verliert</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Behält</translation>
    </message>
    <message>
        <source>Containers made from it</source>
        <translation>Daraus erstellte Container</translation>
    </message>
    <message>
        <source>Remove these containers too</source>
        <translation>Diese Container auch entfernen</translation>
    </message>
    <message>
        <source>Remove the containers listed above first, then the images</source>
        <translation>Erst die oben gelisteten Container entfernen, dann die Images</translation>
    </message>
    <message>
        <source>Finding its containers…</source>
        <translation>Suche seine Container…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed file(s)</source>
        <translation>
            <numerusform>%Ln geänderte Datei</numerusform>
            <numerusform>%Ln geänderte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>kein Volume</translation>
    </message>
    <message>
        <source>{0} made from it: the engine refuses to remove an image a container uses. Remove them first, or here with it (running ones are stopped; their named volumes are kept).</source>
        <translation>{0} daraus erstellt: die Engine verweigert das Entfernen eines Images, das ein Container nutzt. Entferne sie zuerst oder hier zusammen damit (laufende werden gestoppt; ihre benannten Volumes bleiben).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln Container</numerusform>
            <numerusform>%Ln Container</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveVolumesDialog</name>
    <message>
        <source>Remove volume</source>
        <translation>Volume entfernen</translation>
    </message>
    <message>
        <source>Remove {0} volumes</source>
        <translation>{0} Volumes entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The data in a removed volume is deleted for good. Back it up first if you may need it.</source>
        <translation>Die Daten eines entfernten Volumes sind endgültig gelöscht. Sichere es zuerst, wenn du sie noch brauchen könntest.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Measuring the volumes (docker system df -v)…</source>
        <translation>Messe die Volumes (docker system df -v)…</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>named</source>
        <translation>benannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deleted:&lt;/b&gt; {0}, {1} of data.</source>
        <translation>&lt;b&gt;Gelöscht:&lt;/b&gt; {0}, {1} an Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln Volume</numerusform>
            <numerusform>%Ln Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be removed.</source>
        <translation>Nichts kann entfernt werden.</translation>
    </message>
    <message>
        <source>“{0}” ({1}) is in use by {2}: remove those containers first.</source>
        <translation>„{0}“ ({1}) wird von {2} genutzt: entferne zuerst diese Container.</translation>
    </message>
    <message>
        <source>A volume cannot be removed while a container uses it — even a stopped one. Removing the container keeps the volume.</source>
        <translation>Ein Volume kann nicht entfernt werden, solange ein Container es nutzt — auch ein gestoppter. Entfernen des Containers behält das Volume.</translation>
    </message>
    <message>
        <source>“{0}” no longer exists.</source>
        <translation>„{0}“ existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RestartDialog</name>
    <message>
        <source>Restart a service</source>
        <translation>Einen Dienst neu starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Replace every task of {0} with a new one, although nothing in the service changed (a forced update).</source>
        <translation>Jede Aufgabe von {0} durch eine neue ersetzen, obwohl sich am Dienst nichts geändert hat (ein erzwungenes Update).</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back {0}</source>
        <translation>{0} zurückrollen</translation>
    </message>
    <message>
        <source>Roll {0} back to the snapshot of {1} ({2})?

volgui first takes a safety snapshot of the volume as it is now, so this can be undone too. Then it empties the volume and restores the snapshot exactly: every file, folder and link with its owner, mode and time.</source>
        <translation>{0} auf den Snapshot von {1} ({2}) zurückrollen?

volgui macht zuerst einen Sicherheits-Snapshot des Volumes, wie es jetzt ist, sodass auch das rückgängig gemacht werden kann. Dann leert es das Volume und stellt den Snapshot genau wieder her: jede Datei, jeden Ordner und Link mit Besitzer, Modus und Zeit.</translation>
    </message>
    <message>
        <source>Running containers use this volume: {0}. What they write during the roll back may be lost, and they may not expect their files to change under them.</source>
        <translation>Laufende Container nutzen dieses Volume: {0}. Was sie während des Zurückrollens schreiben, kann verloren gehen, und sie erwarten vielleicht nicht, dass sich ihre Dateien unter ihnen ändern.</translation>
    </message>
    <message>
        <source>Stop them during the roll back and start them again after</source>
        <translation>Sie während des Zurückrollens stoppen und danach wieder starten</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Put the volume back as it was at this snapshot</source>
        <translation>Das Volume auf den Stand dieses Snapshots zurücksetzen</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Run a container</source>
        <translation>Einen Container ausführen</translation>
    </message>
    <message>
        <source>Creates a new container from an image and starts it (docker run).</source>
        <translation>Erstellt einen neuen Container aus einem Image und startet ihn (docker run).</translation>
    </message>
    <message>
        <source>The image to run: pick one from the list or type a name</source>
        <translation>Das auszuführende Image: aus der Liste wählen oder einen Namen eingeben</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>optional: docker picks a name</source>
        <translation>optional: docker wählt einen Namen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>optional: the image&apos;s default command</source>
        <translation>optional: der Standardbefehl des Images</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>In the background (-d)</source>
        <translation>Im Hintergrund (-d)</translation>
    </message>
    <message>
        <source>Interactive, with a terminal (-i -t)</source>
        <translation>Interaktiv, mit Terminal (-i -t)</translation>
    </message>
    <message>
        <source>Start the container and leave it running on its own</source>
        <translation>Den Container starten und selbstständig laufen lassen</translation>
    </message>
    <message>
        <source>Start the container and open a terminal into it</source>
        <translation>Den Container starten und ein Terminal darin öffnen</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ausführen:</translation>
    </message>
    <message>
        <source>Add volume</source>
        <translation>Volume hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to mount one more volume into the container</source>
        <translation>Eine Zeile hinzufügen, um ein weiteres Volume in den Container einzuhängen</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>Volumes:</translation>
    </message>
    <message>
        <source>Environment variables for the container, one NAME=value a line</source>
        <translation>Umgebungsvariablen für den Container, ein NAME=Wert je Zeile</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>e.g. 8080:80, 127.0.0.1:5432:5432</source>
        <translation>z. B. 8080:80, 127.0.0.1:5432:5432</translation>
    </message>
    <message>
        <source>Published ports:</source>
        <translation>Veröffentlichte Ports:</translation>
    </message>
    <message>
        <source>When the engine starts the container again after it stops</source>
        <translation>Wann die Engine den Container nach dem Anhalten wieder startet</translation>
    </message>
    <message>
        <source>Remove the container when it stops (--rm)</source>
        <translation>Den Container entfernen, wenn er stoppt (--rm)</translation>
    </message>
    <message>
        <source>Nothing is left behind: the container and its write layer go when it stops</source>
        <translation>Nichts bleibt zurück: der Container und seine Schreibschicht verschwinden, wenn er anhält</translation>
    </message>
    <message>
        <source>Restart policy:</source>
        <translation>Neustart-Regel:</translation>
    </message>
    <message>
        <source>Equivalent command (updated as you type):</source>
        <translation>Gleichwertiger Befehl (wird beim Tippen aktualisiert):</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Create and start the container as the command below says</source>
        <translation>Den Container anlegen und starten, wie der Befehl unten sagt</translation>
    </message>
    <message>
        <source>An anonymous volume has no name; with --rm it is removed with the container.</source>
        <translation>Ein anonymes Volume hat keinen Namen; mit --rm wird es mit dem Container entfernt.</translation>
    </message>
    <message>
        <source>An anonymous volume has no name: it is kept when the container is removed, but only its random ID finds it again. Give it a name to keep the data easy to find.</source>
        <translation>Ein anonymes Volume hat keinen Namen: es bleibt, wenn der Container entfernt wird, aber nur seine zufällige ID findet es wieder. Gib ihm einen Namen, damit die Daten leicht zu finden sind.</translation>
    </message>
</context>
<context>
    <name>SaveComposeDialog</name>
    <message>
        <source>Save as compose.yaml</source>
        <translation>Als compose.yaml speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A compose file that re-creates {0} as the engine has it now. Bring it up with docker compose; settings compose cannot express are listed below the preview.</source>
        <translation>Eine Compose-Datei, die {0} so neu erstellt, wie die Engine es jetzt hat. Starte sie mit docker compose; Einstellungen, die Compose nicht ausdrücken kann, stehen unter der Vorschau.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Compose file to write</source>
        <translation>Zu schreibende Compose-Datei</translation>
    </message>
    <message>
        <source>Where compose.yaml is written, on this computer</source>
        <translation>Wohin compose.yaml auf diesem Computer geschrieben wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Secrets as ${VAR} references, their values in .env beside the file</source>
        <translation>Geheimnisse als ${VAR}-Verweise, ihre Werte in .env neben der Datei</translation>
    </message>
    <message>
        <source>Keep passwords and tokens out of compose.yaml, in the .env file beside it</source>
        <translation>Passwörter und Tokens nicht in compose.yaml, sondern in die .env-Datei daneben</translation>
    </message>
    <message>
        <source>Show the secret values in the preview</source>
        <translation>Die geheimen Werte in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Show the values instead of dots in the preview below</source>
        <translation>In der Vorschau unten die Werte statt Punkten zeigen</translation>
    </message>
    <message>
        <source>Preview of compose.yaml</source>
        <translation>Vorschau von compose.yaml</translation>
    </message>
    <message>
        <source>What the file will hold, to read before saving</source>
        <translation>Was die Datei enthalten wird, zum Lesen vor dem Speichern</translation>
    </message>
    <message>
        <source>Preview of the .env file</source>
        <translation>Vorschau der .env-Datei</translation>
    </message>
    <message>
        <source>What compose.yaml will hold</source>
        <translation>Was compose.yaml enthalten wird</translation>
    </message>
    <message>
        <source>What the .env file will hold</source>
        <translation>Was die .env-Datei enthalten wird</translation>
    </message>
    <message>
        <source>Reading the containers&apos; settings…</source>
        <translation>Lese die Einstellungen der Container…</translation>
    </message>
    <message>
        <source># no secrets: no .env is written</source>
        <translation># keine Geheimnisse: es wird keine .env geschrieben</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Compose-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wähle, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
        <source>{0} already in {1}. Replace?</source>
        <translation>{0} gibt es schon in {1}. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>SaveImagesDialog</name>
    <message>
        <source>Save images to a file</source>
        <translation>Images in eine Datei speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write {0} ({1}) into one tar file; Load… on another engine brings them back without a registry.</source>
        <translation>{0} ({1}) in eine Tar-Datei schreiben; Laden… auf einer anderen Engine holt sie ohne Registry zurück.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>The tar file the images are written to, on this computer</source>
        <translation>Die tar-Datei auf diesem Computer, in die die Images geschrieben werden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Tar-Archive (*.tar)</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation>{0} existiert. Ersetzen?</translation>
    </message>
    <message>
        <source>Saved {0} into {1}.</source>
        <translation>{0} in {1} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale a service</source>
        <translation>Einen Dienst skalieren</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>How many tasks of {0} should run? The orchestrator starts or stops tasks until that many run.</source>
        <translation>Wie viele Aufgaben von {0} sollen laufen? Der Orchestrator startet oder stoppt Aufgaben, bis so viele laufen.</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Replikate:</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
</context>
<context>
    <name>ServiceMountDialog</name>
    <message>
        <source>Mount a volume into a service</source>
        <translation>Ein Volume in einen Dienst einhängen</translation>
    </message>
    <message>
        <source>Update service</source>
        <translation>Dienst aktualisieren</translation>
    </message>
    <message>
        <source>Replace a mount of a service</source>
        <translation>Eine Einhängung eines Dienstes ersetzen</translation>
    </message>
    <message>
        <source>Remove a mount from a service</source>
        <translation>Eine Einhängung aus einem Dienst entfernen</translation>
    </message>
    <message>
        <source>Remove mount</source>
        <translation>Einhängung entfernen</translation>
    </message>
    <message>
        <source>Mount the volume into every task of {0}.</source>
        <translation>Das Volume in jede Aufgabe von {0} einhängen.</translation>
    </message>
    <message>
        <source>Mount another volume in place of the one at {1} in {0}.</source>
        <translation>Ein anderes Volume statt dessen unter {1} in {0} einhängen.</translation>
    </message>
    <message>
        <source>Stop mounting {1} in the tasks of {0}. The volume and its data stay.</source>
        <translation>{1} nicht mehr in die Aufgaben von {0} einhängen. Das Volume und seine Daten bleiben.</translation>
    </message>
    <message>
        <source>&amp;Mount:</source>
        <translation>&amp;Einhängen:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Path in the tasks:</source>
        <translation>&amp;Pfad in den Aufgaben:</translation>
    </message>
    <message>
        <source>Already mounted: {0}</source>
        <translation>Schon eingehängt: {0}</translation>
    </message>
    <message>
        <source>A local volume exists on each node apart: a task that moves to another node gets that node&apos;s copy of the volume, created empty if it is not there yet.</source>
        <translation>Ein lokales Volume existiert auf jedem Knoten für sich: eine Aufgabe, die auf einen anderen Knoten wechselt, bekommt die Kopie dieses Knotens, leer erstellt, wenn es dort noch keine gibt.</translation>
    </message>
    <message>
        <source>Choose the volume to mount.</source>
        <translation>Wähle das einzuhängende Volume.</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Mode · running/desired</source>
        <translation>Modus · laufend/gewünscht</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <source>Volumes and mounts</source>
        <translation>Volumes und Einhängungen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation>keine Volumes</translation>
    </message>
    <message>
        <source>ID: {0}</source>
        <translation>ID: {0}</translation>
    </message>
    <message>
        <source>Mounts the selected volume: {0}</source>
        <translation>Hängt das gewählte Volume ein: {0}</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Filter services: name, stack, image, volume…</source>
        <translation>Dienste filtern: Name, Stack, Image, Volume…</translation>
    </message>
    <message>
        <source>Only services using the selected volumes</source>
        <translation>Nur Dienste, die die gewählten Volumes nutzen</translation>
    </message>
    <message>
        <source>Show only the services that mount the volumes selected in the Volumes view</source>
        <translation>Nur die Dienste zeigen, die die in der Volume-Ansicht gewählten Volumes einhängen</translation>
    </message>
    <message>
        <source>No service mounts the selected volume</source>
        <translation>Kein Dienst hängt das gewählte Volume ein</translation>
    </message>
    <message>
        <source>No services</source>
        <translation>Keine Dienste</translation>
    </message>
    <message>
        <source>Services are made with docker service create or docker stack deploy.</source>
        <translation>Dienste entstehen mit docker service create oder docker stack deploy.</translation>
    </message>
    <message>
        <source>Drop onto a service to mount the volume in its tasks</source>
        <translation>Auf einen Dienst ziehen, um das Volume in seine Aufgaben einzuhängen</translation>
    </message>
    <message>
        <source>{0} already mounts {1}</source>
        <translation>{0} hängt {1} schon ein</translation>
    </message>
</context>
<context>
    <name>ShellsFeature</name>
    <message>
        <source>&amp;Debug shell (even without a shell in the image)</source>
        <translation>&amp;Debug-Shell (auch ohne Shell im Image)</translation>
    </message>
    <message>
        <source>A shell in a helper container that shares this container&apos;s processes, network and volumes; its files are at /proc/1/root. For a stopped container: a shell in a copy.</source>
        <translation>Eine Shell in einem Hilfscontainer, der Prozesse, Netzwerk und Volumes dieses Containers teilt; seine Dateien liegen unter /proc/1/root. Bei einem gestoppten Container: eine Shell in einer Kopie.</translation>
    </message>
    <message>
        <source>Open a &amp;shell in this volume (read-only)</source>
        <translation>Eine &amp;Shell in diesem Volume öffnen (nur lesen)</translation>
    </message>
    <message>
        <source>A helper container with the volume at /volume, read-only: look around without changing anything</source>
        <translation>Ein Hilfscontainer mit dem Volume unter /volume, nur lesend: umsehen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Open a shell in this volume (read-&amp;write)</source>
        <translation>Eine Shell in diesem Volume öffnen (lesen und &amp;schreiben)</translation>
    </message>
    <message>
        <source>A helper container with the volume at /volume; what you change there is changed in the volume</source>
        <translation>Ein Hilfscontainer mit dem Volume unter /volume; was du dort änderst, ändert sich im Volume</translation>
    </message>
    <message>
        <source>Open a debug shell in %s</source>
        <translation>Eine Debug-Shell in %s öffnen</translation>
    </message>
    <message>
        <source>Open a shell in volume %s</source>
        <translation>Eine Shell im Volume %s öffnen</translation>
    </message>
    <message>
        <source>Remove the shell helper</source>
        <translation>Den Shell-Helfer entfernen</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Shortcuts that act on a list (Delete) work while that list has the focus.</source>
        <translation>Kürzel, die auf eine Liste wirken (Entf), gelten, solange diese Liste den Fokus hat.</translation>
    </message>
</context>
<context>
    <name>SizeRequests</name>
    <message>
        <source>Measure write layers</source>
        <translation>Schreibschichten messen</translation>
    </message>
    <message>
        <source>Compute volume sizes</source>
        <translation>Volume-Größen berechnen</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>List containers, volumes and images</source>
        <translation>Container, Volumes und Images auflisten</translation>
    </message>
    <message>
        <source>Fetch changed objects</source>
        <translation>Geänderte Objekte abrufen</translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>automatic: {0}</source>
        <translation>automatisch: {0}</translation>
    </message>
</context>
<context>
    <name>SnapshotsFeature</name>
    <message>
        <source>Snapshot now</source>
        <translation>Jetzt Snapshot</translation>
    </message>
    <message>
        <source>Keep a verified copy of the volume to roll back to</source>
        <translation>Eine geprüfte Kopie des Volumes behalten, zu der zurückgerollt werden kann</translation>
    </message>
    <message>
        <source>Snapshots and roll back…</source>
        <translation>Snapshots und Zurückrollen…</translation>
    </message>
    <message>
        <source>The volume&apos;s snapshots: roll back, or see what changed</source>
        <translation>Die Snapshots des Volumes: zurückrollen oder sehen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Snapshot its volumes</source>
        <translation>Seine Volumes snapshotten</translation>
    </message>
    <message>
        <source>A snapshot of every volume the container mounts</source>
        <translation>Ein Snapshot jedes Volumes, das der Container einhängt</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Taking a snapshot of {0}…</source>
        <translation>Mache einen Snapshot von {0}…</translation>
    </message>
    <message>
        <source>Snapshot of {0}</source>
        <translation>Snapshot von {0}</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %Ln volume(s)</source>
        <translation>
            <numerusform>Snapshot von %Ln Volume</numerusform>
            <numerusform>Snapshot von %Ln Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot taken of {0}.</source>
        <translation>Snapshot von {0} gemacht.</translation>
    </message>
    <message>
        <source>Snapshot, then {0}</source>
        <translation>Snapshot, dann: {0}</translation>
    </message>
    <message>
        <source>Put back the files of {0}</source>
        <translation>Die Dateien von {0} zurücklegen</translation>
    </message>
    <message>
        <source>Select a volume first.</source>
        <translation>Wähle zuerst ein Volume.</translation>
    </message>
    <message>
        <source>The selected container mounts no volume.</source>
        <translation>Der gewählte Container hängt kein Volume ein.</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>Block-E/A</translation>
    </message>
    <message>
        <source>Select a running container to see its CPU, memory and I/O.</source>
        <translation>Wähle einen laufenden Container, um CPU, Speicher und E/A zu sehen.</translation>
    </message>
    <message>
        <source>{0} — stats load when this tab is shown.</source>
        <translation>{0} — Statistiken laden, wenn dieser Tab gezeigt wird.</translation>
    </message>
    <message>
        <source>{0} is not running: no live figures.</source>
        <translation>{0} läuft nicht: keine Live-Werte.</translation>
    </message>
    <message>
        <source>Not connected: stats resume when the engine is back.</source>
        <translation>Nicht verbunden: Statistiken gehen weiter, wenn die Engine zurück ist.</translation>
    </message>
    <message>
        <source>Waiting for the first sample of {0}…</source>
        <translation>Warte auf den ersten Messwert von {0}…</translation>
    </message>
    <message>
        <source>{0} — paused while the tab is hidden.</source>
        <translation>{0} — pausiert, solange der Tab verborgen ist.</translation>
    </message>
    <message>
        <source>{0} was removed.</source>
        <translation>{0} wurde entfernt.</translation>
    </message>
    <message>
        <source>Stats stopped: {0} — they resume when the engine is back.</source>
        <translation>Statistiken gestoppt: {0} — sie gehen weiter, wenn die Engine zurück ist.</translation>
    </message>
    <message>
        <source>{0} of {1} CPUs</source>
        <translation>{0} von {1} CPUs</translation>
    </message>
    <message>
        <source>no network interface</source>
        <translation>keine Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>read {0}  written {1}</source>
        <translation>gelesen {0}  geschrieben {1}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The main facts of the selected object, in sections; links open what they name</source>
        <translation>Das Wichtigste zum gewählten Objekt, in Abschnitten; Links öffnen, was sie nennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Looks like a secret: masked until you click Reveal</source>
        <translation>Sieht nach einem Geheimnis aus: maskiert, bis du auf Zeigen klickst</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the values of variables that look secret</source>
        <translation>Die Werte von Variablen zeigen, die geheim aussehen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SwarmFeature</name>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>The services, tasks and nodes of the swarm this engine belongs to</source>
        <translation>Die Dienste, Aufgaben und Knoten des Swarms, zu dem diese Engine gehört</translation>
    </message>
    <message>
        <source>S&amp;warm services</source>
        <translation>S&amp;warm-Dienste</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Neu starten…</translation>
    </message>
    <message>
        <source>Replace a mount…</source>
        <translation>Eine Einhängung ersetzen…</translation>
    </message>
    <message>
        <source>Remove a mount…</source>
        <translation>Eine Einhängung entfernen…</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Asking the engine whether it manages a swarm…</source>
        <translation>Frage die Engine, ob sie einen Swarm verwaltet…</translation>
    </message>
    <message>
        <source>This engine is a swarm worker: only a manager lists services, tasks and nodes. The containers of its tasks and its own copies of their volumes are in the Containers and Volumes views; back a volume up here to save this node&apos;s copy.</source>
        <translation>Diese Engine ist ein Swarm-Worker: nur ein Manager listet Dienste, Aufgaben und Knoten. Die Container ihrer Aufgaben und ihre eigenen Kopien deren Volumes stehen in den Ansichten Container und Volumes; sichere hier ein Volume, um die Kopie dieses Knotens zu speichern.</translation>
    </message>
    <message>
        <source>This engine is not a swarm manager (swarm state: {0}). Services, tasks and nodes are listed by a manager: connect to one, or make this engine one with docker swarm init.</source>
        <translation>Diese Engine ist kein Swarm-Manager (Swarm-Zustand: {0}). Dienste, Aufgaben und Knoten listet ein Manager: verbinde dich mit einem oder mache diese Engine mit docker swarm init zu einem.</translation>
    </message>
    <message>
        <source>Swarm manager: {0}, {1}.</source>
        <translation>Swarm-Manager: {0}, {1}.</translation>
    </message>
    <message>
        <source>{0} objects could not be read and are not shown.</source>
        <translation>{0} Objekte konnten nicht gelesen werden und werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>Volumes of {0} per node</source>
        <translation>Volumes von {0} je Knoten</translation>
    </message>
    <message>
        <source>Select one service that mounts something.</source>
        <translation>Wähle einen Dienst, der etwas einhängt.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>an action, then the service it acts on</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: the orchestrator is updating the tasks ({1})</source>
        <translation>{0}: der Orchestrator aktualisiert die Aufgaben ({1})</translation>
    </message>
    <message>
        <source>Reading the last {0} of {1}…</source>
        <translation>Lese die letzten {0} von {1}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs of {0}</source>
        <translation>Logs von {0}</translation>
    </message>
    <message>
        <source>{0}, the newest last; each names its task (service.slot.task-id@node).</source>
        <translation>{0}, die neueste zuletzt; jede nennt ihre Aufgabe (dienst.slot.aufgaben-id@knoten).</translation>
    </message>
    <message>
        <source>The answer was cut at its size limit: the newest lines are missing.</source>
        <translation>Die Antwort wurde an ihrer Größengrenze abgeschnitten: die neuesten Zeilen fehlen.</translation>
    </message>
    <message>
        <source>Inspect {0}</source>
        <translation>{0} untersuchen</translation>
    </message>
</context>
<context>
    <name>SwarmLoader</name>
    <message>
        <source>Listing swarm services</source>
        <translation>Auflisten der Swarm-Dienste</translation>
    </message>
</context>
<context>
    <name>SwarmPanel</name>
    <message>
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <source>Change how many tasks of the service run</source>
        <translation>Ändern, wie viele Aufgaben des Dienstes laufen</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Neu starten…</translation>
    </message>
    <message>
        <source>Replace every task (docker service update --force)</source>
        <translation>Jede Aufgabe ersetzen (docker service update --force)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>The last lines of every task of the service</source>
        <translation>Die letzten Zeilen jeder Aufgabe des Dienstes</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>The service as the engine describes it</source>
        <translation>Der Dienst, wie die Engine ihn beschreibt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the services, tasks and nodes again</source>
        <translation>Dienste, Aufgaben und Knoten neu auflisten</translation>
    </message>
    <message>
        <source>Back up this volume…</source>
        <translation>Dieses Volume sichern…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>The tasks of the selected service and where each runs</source>
        <translation>Die Aufgaben des gewählten Dienstes und wo jede läuft</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>The machines of the swarm</source>
        <translation>Die Maschinen des Swarms</translation>
    </message>
    <message>
        <source>Volumes per node</source>
        <translation>Volumes je Knoten</translation>
    </message>
    <message>
        <source>Which volume each node holds for the selected service</source>
        <translation>Welches Volume jeder Knoten für den gewählten Dienst hält</translation>
    </message>
    <message>
        <source>What the tasks of the selected service wrote</source>
        <translation>Was die Aufgaben des gewählten Dienstes ausgegeben haben</translation>
    </message>
    <message>
        <source>The selected service as the engine describes it</source>
        <translation>Der gewählte Dienst, wie die Engine ihn beschreibt</translation>
    </message>
</context>
<context>
    <name>TagImageDialog</name>
    <message>
        <source>Tag image</source>
        <translation>Image taggen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Taggen</translation>
    </message>
    <message>
        <source>Give {0} another name: a new version (app:1.3), or a registry&apos;s name to push it there (registry.example.com/team/app:1.3).</source>
        <translation>Gib {0} einen weiteren Namen: eine neue Version (app:1.3) oder den Namen einer Registry, um es dorthin hochzuladen (registry.example.com/team/app:1.3).</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>A tag cannot be a digest.</source>
        <translation>Ein Tag kann kein Digest sein.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Select a service</source>
        <translation>Wähle einen Dienst</translation>
    </message>
    <message>
        <source>Its tasks, with the node each runs on, show here.</source>
        <translation>Seine Aufgaben, mit dem Knoten, auf dem jede läuft, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>TerminalFeature</name>
    <message>
        <source>Open &amp;terminal</source>
        <translation>&amp;Terminal öffnen</translation>
    </message>
    <message>
        <source>Open a shell in the selected container (docker exec -it)</source>
        <translation>Eine Shell im gewählten Container öffnen (docker exec -it)</translation>
    </message>
    <message>
        <source>&amp;Attach to main process</source>
        <translation>An den &amp;Hauptprozess anhängen</translation>
    </message>
    <message>
        <source>Attach to the container&apos;s main process (docker attach); closing the tab detaches without stopping it</source>
        <translation>An den Hauptprozess des Containers anhängen (docker attach); Schließen des Tabs löst sich, ohne ihn zu stoppen</translation>
    </message>
    <message>
        <source>Run &amp;command in container…</source>
        <translation>&amp;Befehl im Container ausführen…</translation>
    </message>
    <message>
        <source>Run a command of your choice with a terminal (docker exec -it CONTAINER COMMAND)</source>
        <translation>Einen Befehl deiner Wahl mit Terminal ausführen (docker exec -it CONTAINER BEFEHL)</translation>
    </message>
    <message>
        <source>Open in s&amp;ystem terminal</source>
        <translation>Im S&amp;ystem-Terminal öffnen</translation>
    </message>
    <message>
        <source>Run docker exec -it in your desktop&apos;s terminal emulator</source>
        <translation>docker exec -it im Terminal-Emulator deines Desktops ausführen</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>Terminal öffnen</translation>
    </message>
    <message>
        <source>Container name or ID:</source>
        <translation>Container-Name oder -ID:</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>Command to run (e.g. top, or psql -U postgres):</source>
        <translation>Auszuführender Befehl (z. B. top oder psql -U postgres):</translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation>Im System-Terminal öffnen</translation>
    </message>
    <message>
        <source>A shell inside the container: what you type runs there</source>
        <translation>Eine Shell im Container: was Sie tippen, läuft dort</translation>
    </message>
</context>
<context>
    <name>TerminalTab</name>
    <message>
        <source>Reopen</source>
        <translation>Neu öffnen</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation>Im System-Terminal öffnen</translation>
    </message>
    <message>
        <source>Run docker exec -it in your desktop&apos;s terminal emulator</source>
        <translation>docker exec -it im Terminal-Emulator deines Desktops ausführen</translation>
    </message>
    <message>
        <source>Not connected to a Docker engine.</source>
        <translation>Nicht mit einer Docker-Engine verbunden.</translation>
    </message>
    <message>
        <source>Attaching to</source>
        <translation>Hänge an</translation>
    </message>
    <message>
        <source>Opening a shell in</source>
        <translation>Öffne eine Shell in</translation>
    </message>
    <message>
        <source>The equivalent docker command:</source>
        <translation>Der gleichwertige docker-Befehl:</translation>
    </message>
    <message>
        <source>{name} stopped (exit code {code}).</source>
        <translation>{name} gestoppt (Exit-Code {code}).</translation>
    </message>
    <message>
        <source>Start it, then reopen the terminal.</source>
        <translation>Starte ihn, dann öffne das Terminal neu.</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Die Sitzung</translation>
    </message>
    <message>
        <source>The shell</source>
        <translation>Die Shell</translation>
    </message>
    <message>
        <source>{who} exited with code {code}.</source>
        <translation>{who} endete mit Code {code}.</translation>
    </message>
    <message>
        <source>{name} stopped (exit code {code}). Start it, then reopen the terminal.</source>
        <translation>{name} gestoppt (Exit-Code {code}). Starte ihn, dann öffne das Terminal neu.</translation>
    </message>
    <message>
        <source>Resize terminal</source>
        <translation>Terminalgröße ändern</translation>
    </message>
</context>
<context>
    <name>TerminalWidget</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>A shell inside the container: what you type runs there</source>
        <translation>Eine Shell im Container: was Sie tippen, läuft dort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Clear scrollback</source>
        <translation>Verlauf leeren</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Snapshots of {0}</source>
        <translation>Snapshots von {0}</translation>
    </message>
    <message>
        <source>A snapshot is a verified copy of the volume that volgui keeps in its data folder. Roll back to one to undo what happened since (volgui takes a safety snapshot first), or see what changed.</source>
        <translation>Ein Snapshot ist eine geprüfte Kopie des Volumes, die volgui in seinem Datenordner hält. Rolle zu einem zurück, um rückgängig zu machen, was seitdem geschah (volgui macht zuerst einen Sicherheits-Snapshot), oder sieh, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Put back…</source>
        <translation>Zurücklegen…</translation>
    </message>
    <message>
        <source>Move the volume&apos;s files back from the folder the roll back left them in (after a snapshot)</source>
        <translation>Die Dateien des Volumes aus dem Ordner zurücklegen, in dem das Zurückrollen sie gelassen hat (nach einem Snapshot)</translation>
    </message>
    <message>
        <source>Newest first: time, size, what was running, note</source>
        <translation>Neueste zuerst: Zeit, Größe, was lief, Notiz</translation>
    </message>
    <message>
        <source>A note for the new snapshot (optional)</source>
        <translation>Eine Notiz für den neuen Snapshot (optional)</translation>
    </message>
    <message>
        <source>Note for the new snapshot</source>
        <translation>Notiz für den neuen Snapshot</translation>
    </message>
    <message>
        <source>Snapshot now</source>
        <translation>Jetzt Snapshot</translation>
    </message>
    <message>
        <source>Take a snapshot of the volume now, with the note</source>
        <translation>Jetzt einen Snapshot des Volumes machen, mit der Notiz</translation>
    </message>
    <message>
        <source>What changed since…</source>
        <translation>Was sich seitdem geändert hat…</translation>
    </message>
    <message>
        <source>What changed in the volume since the selected snapshot</source>
        <translation>Was sich seit dem gewählten Snapshot im Volume geändert hat</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>Put the volume back as it was in the selected snapshot</source>
        <translation>Das Volume so zurücksetzen, wie es im gewählten Snapshot war</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected snapshot&apos;s files</source>
        <translation>Die Dateien des gewählten Snapshots löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>An interrupted roll back left the volume&apos;s files in the folder {0}.</source>
        <translation>Ein unterbrochenes Zurückrollen hat die Dateien des Volumes im Ordner {0} gelassen.</translation>
    </message>
    <message>
        <source>No snapshots of {0} yet.</source>
        <translation>Noch keine Snapshots von {0}.</translation>
    </message>
    <message>
        <source>Taking a snapshot of {0}…</source>
        <translation>Mache einen Snapshot von {0}…</translation>
    </message>
    <message>
        <source>Snapshot taken: {0}, {1}. {2}</source>
        <translation>Snapshot gemacht: {0}, {1}. {2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Delete the snapshot of {0} from {1}? It cannot be rolled back to afterwards.</source>
        <translation>Den Snapshot von {0} vom {1} löschen? Danach kann nicht mehr zu ihm zurückgerollt werden.</translation>
    </message>
    <message>
        <source>Delete a snapshot of {0}</source>
        <translation>Einen Snapshot von {0} löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Lösche…</translation>
    </message>
    <message>
        <source>Snapshot deleted.</source>
        <translation>Snapshot gelöscht.</translation>
    </message>
    <message>
        <source>Roll back {0}</source>
        <translation>{0} zurückrollen</translation>
    </message>
    <message>
        <source>Rolling {0} back…</source>
        <translation>Rolle {0} zurück…</translation>
    </message>
    <message>
        <source>Rolled {0} back to the snapshot of {1}.</source>
        <translation>{0} auf den Snapshot von {1} zurückgerollt.</translation>
    </message>
    <message>
        <source>The state before is kept as a safety snapshot (at the top).</source>
        <translation>Der Zustand davor bleibt als Sicherheits-Snapshot (ganz oben).</translation>
    </message>
    <message>
        <source>Stopped and started again: {0}.</source>
        <translation>Gestoppt und wieder gestartet: {0}.</translation>
    </message>
    <message>
        <source>Putting back the files of {0}…</source>
        <translation>Die Dateien von {0} werden zurückgelegt…</translation>
    </message>
    <message>
        <source>The files of {0} are back from the folder {1}. The volume as it was before is kept as a snapshot (at the top).</source>
        <translation>Die Dateien von {0} sind aus dem Ordner {1} zurück. Das Volume, wie es vorher war, ist als Snapshot aufbewahrt (ganz oben).</translation>
    </message>
</context>
<context>
    <name>ToolsImageDialog</name>
    <message>
        <source>Tools image for fast backups</source>
        <translation>Werkzeug-Image für schnelle Sicherungen</translation>
    </message>
    <message>
        <source>Looking at the engine&apos;s images…</source>
        <translation>Sehe mir die Images der Engine an…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Made for volgui</source>
        <translation>Für volgui gemacht</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Dieses Image nutzen</translation>
    </message>
    <message>
        <source>Make one from this machine&apos;s busybox</source>
        <translation>Eines aus dem busybox dieses Rechners machen</translation>
    </message>
    <message>
        <source>Forget my choice</source>
        <translation>Meine Wahl vergessen</translation>
    </message>
    <message>
        <source>List images for the tools image</source>
        <translation>Images für das Werkzeug-Image auflisten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>volgui can make its own (%s) from %s; nothing is downloaded.</source>
        <translation>volgui kann ein eigenes (%s) aus %s machen; nichts wird heruntergeladen.</translation>
    </message>
    <message>
        <source>volgui cannot make its own here: %s</source>
        <translation>volgui kann hier kein eigenes machen: %s</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>deine Wahl</translation>
    </message>
    <message>
        <source>labelled for volgui</source>
        <translation>für volgui gekennzeichnet</translation>
    </message>
    <message>
        <source>made by volgui</source>
        <translation>von volgui gemacht</translation>
    </message>
    <message>
        <source>Backups and restores use the fast way with %s (%s).</source>
        <translation>Sicherungen und Wiederherstellungen nutzen den schnellen Weg mit %s (%s).</translation>
    </message>
    <message>
        <source>No tools image: backups and restores use the slower way through the engine&apos;s archive API.</source>
        <translation>Kein Werkzeug-Image: Sicherungen und Wiederherstellungen nutzen den langsameren Weg über die Archiv-API der Engine.</translation>
    </message>
    <message>
        <source>Use {0} for fast backups</source>
        <translation>{0} für schnelle Sicherungen verwenden</translation>
    </message>
    <message>
        <source>Make volgui&apos;s tools image</source>
        <translation>Das Werkzeug-Image von volgui erstellen</translation>
    </message>
    <message>
        <source>Forget the chosen tools image</source>
        <translation>Das gewählte Werkzeug-Image vergessen</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Stop them while copying (up to 10 s each; open terminals end)</source>
        <translation>Sie beim Kopieren stoppen (bis zu 10 s je Container; offene Terminals enden)</translation>
    </message>
    <message>
        <source>They are started again when the copy is done.</source>
        <translation>Sie werden wieder gestartet, wenn das Kopieren fertig ist.</translation>
    </message>
    <message>
        <source>Same with docker:</source>
        <translation>Dasselbe mit docker:</translation>
    </message>
    <message>
        <source>The equivalent command line, to script the same work</source>
        <translation>Die gleichwertige Befehlszeile, um dieselbe Arbeit zu skripten</translation>
    </message>
    <message>
        <source>The volume: pick one from the list or type its name</source>
        <translation>Das Volume: aus der Liste wählen oder seinen Namen eingeben</translation>
    </message>
    <message>
        <source>Users of {0}</source>
        <translation>Nutzer von {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running containers use this volume: %s.&lt;/b&gt; Files copied while a program writes them (a database, for example) may not match each other; stopping the containers while copying avoids that.</source>
        <translation>&lt;b&gt;Laufende Container nutzen dieses Volume: %s.&lt;/b&gt; Dateien, die kopiert werden, während ein Programm sie schreibt (etwa eine Datenbank), passen vielleicht nicht zueinander; die Container beim Kopieren zu stoppen vermeidet das.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was left half done.</source>
        <translation>Abgebrochen — nichts blieb halb erledigt.</translation>
    </message>
</context>
<context>
    <name>VolumeBrowserDialog</name>
    <message>
        <source>Files of volume %s</source>
        <translation>Dateien des Volumes %s</translation>
    </message>
</context>
<context>
    <name>VolumeDataFeature</name>
    <message>
        <source>Browse files…</source>
        <translation>Dateien durchsuchen…</translation>
    </message>
    <message>
        <source>See, preview, download and upload the files of the volume</source>
        <translation>Die Dateien des Volumes sehen, ansehen, herunter- und hochladen</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Save the volume&apos;s files to a .tar or .tar.gz file</source>
        <translation>Die Dateien des Volumes in eine .tar- oder .tar.gz-Datei speichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a .tar or .tar.gz backup into a new or existing volume</source>
        <translation>Eine .tar- oder .tar.gz-Sicherung in ein neues oder bestehendes Volume wiederherstellen</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Klonen…</translation>
    </message>
    <message>
        <source>Copy the volume&apos;s files into a new volume</source>
        <translation>Die Dateien des Volumes in ein neues Volume kopieren</translation>
    </message>
    <message>
        <source>Remove the helper image</source>
        <translation>Das Hilfs-Image entfernen</translation>
    </message>
    <message>
        <source>volgui makes a tiny empty image (volgui/helper:1) to reach volume files, and volgui/tools:1 from this machine&apos;s busybox for fast backups; both are made again when needed</source>
        <translation>volgui macht ein winziges leeres Image (volgui/helper:1), um an Volume-Dateien zu kommen, und volgui/tools:1 aus dem busybox dieses Rechners für schnelle Sicherungen; beide werden bei Bedarf neu gemacht</translation>
    </message>
    <message>
        <source>Tools image for fast backups…</source>
        <translation>Werkzeug-Image für schnelle Sicherungen…</translation>
    </message>
    <message>
        <source>Choose the image volgui runs tar in to copy volume data fast</source>
        <translation>Das Image wählen, in dem volgui tar ausführt, um Volume-Daten schnell zu kopieren</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>There are no volumes.</source>
        <translation>Es gibt keine Volumes.</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Dateien durchsuchen</translation>
    </message>
    <message>
        <source>Helper image removed.</source>
        <translation>Hilfs-Image entfernt.</translation>
    </message>
    <message>
        <source>There was no helper image.</source>
        <translation>Es gab kein Hilfs-Image.</translation>
    </message>
    <message>
        <source>Use {0} for fast backups</source>
        <translation>{0} für schnelle Sicherungen verwenden</translation>
    </message>
    <message>
        <source>Remove leftover helpers</source>
        <translation>Übrig gebliebene Hilfscontainer entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln helper container(s) left by an earlier run.</source>
        <translation>
            <numerusform>%Ln Hilfscontainer eines früheren Laufs entfernt.</numerusform>
            <numerusform>%Ln Hilfscontainer eines früheren Laufs entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeErrors</name>
    <message>
        <source>This is not a tar archive volgui can read ({0}).</source>
        <translation>Das ist kein tar-Archiv, das volgui lesen kann ({0}).</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>ein absoluter Pfad</translation>
    </message>
    <message>
        <source>climbs out of the folder with “..”</source>
        <translation>steigt mit „..“ aus dem Ordner hinaus</translation>
    </message>
    <message>
        <source>{0} was refused: {1} would be written outside the volume or through a link — {2}. Nothing was restored.</source>
        <translation>{0} wurde abgelehnt: {1} mit Ziel außerhalb des Volumes oder durch einen Link — {2}. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{0}; and {1} more</source>
        <translation>{0}; und {1} weitere</translation>
    </message>
    <message>
        <source>a hard link to {0} ({1})</source>
        <translation>ein harter Link auf {0} ({1})</translation>
    </message>
    <message>
        <source>written through the symbolic link {0}</source>
        <translation>durch den symbolischen Link {0} geschrieben</translation>
    </message>
    <message>
        <source>{0}: a device node</source>
        <translation>{0}: eine Gerätedatei</translation>
    </message>
    <message>
        <source>set-user-ID and set-group-ID</source>
        <translation>Set-User-ID und Set-Group-ID</translation>
    </message>
    <message>
        <source>set-user-ID</source>
        <translation>Set-User-ID</translation>
    </message>
    <message>
        <source>set-group-ID</source>
        <translation>Set-Group-ID</translation>
    </message>
    <message>
        <source>{0} (owned by root)</source>
        <translation>{0} (gehört root)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device node(s) or set-ID file(s)</source>
        <translation>
            <numerusform>%Ln Gerätedatei oder Set-ID-Datei</numerusform>
            <numerusform>%Ln Gerätedateien oder Set-ID-Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} holds {1}: {2}. Nothing was restored: restore the archive with “Restore…” on the volume, which lists them and asks before restoring them.</source>
        <translation>{0} enthält {1}: {2}. Nichts wurde wiederhergestellt: das Archiv mit „Wiederherstellen…“ am Volume wiederherstellen, das sie auflistet und vor dem Wiederherstellen nachfragt.</translation>
    </message>
    <message>
        <source>The archive holds more than {0}: not read further.</source>
        <translation>Das Archiv enthält mehr als {0}: nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>The archive ends inside a file: it is truncated.</source>
        <translation>Das Archiv endet mitten in einer Datei: es ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The archive {0} could not be read to the end.</source>
        <translation>Das Archiv {0} konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>{0}: missing after restore</source>
        <translation>{0}: fehlt nach dem Wiederherstellen</translation>
    </message>
    <message>
        <source>{0}: {1} {2} became {3}</source>
        <translation>{0}: {1} {2} wurde zu {3}</translation>
    </message>
    <message>
        <source>{0}: appeared after restore</source>
        <translation>{0}: nach dem Wiederherstellen hinzugekommen</translation>
    </message>
    <message>
        <source>The archive {0} is missing.</source>
        <translation>Das Archiv {0} fehlt.</translation>
    </message>
    <message>
        <source>The archive&apos;s checksum does not match its manifest: it was changed or damaged after the backup.</source>
        <translation>Die Prüfsumme des Archivs passt nicht zu seinem Manifest: es wurde nach der Sicherung geändert oder beschädigt.</translation>
    </message>
    <message>
        <source>The archive&apos;s contents do not match its manifest.</source>
        <translation>Der Inhalt des Archivs passt nicht zu seinem Manifest.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) after restoring: {0}</source>
        <translation>
            <numerusform>%Ln Unterschied nach dem Wiederherstellen: {0}</numerusform>
            <numerusform>%Ln Unterschiede nach dem Wiederherstellen: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored {0} into a scratch volume: all match.</source>
        <translation>{0} in ein Probe-Volume wiederhergestellt: alles stimmt überein.</translation>
    </message>
    <message>
        <source>The verification result cannot be written to {0}: {1}</source>
        <translation>Das Prüfergebnis kann nicht in {0} geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>The archive {0} cannot be read: {1}</source>
        <translation>Das Archiv {0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Mindestens eine Sicherung behalten.</translation>
    </message>
    <message>
        <source>Kept {0}: {1}.</source>
        <translation>{0} behalten: {1}.</translation>
    </message>
    <message>
        <source>Listing volumes</source>
        <translation>Auflisten der Volumes</translation>
    </message>
    <message>
        <source>Backing up {0} ({1}/{2})…</source>
        <translation>Sichere {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>Backing up {0} failed, so nothing was deleted: {1}</source>
        <translation>Das Sichern von {0} ist fehlgeschlagen, daher wurde nichts gelöscht: {1}</translation>
    </message>
    <message>
        <source>The engine sent an unreadable archive of {0}: {1}</source>
        <translation>Die Engine hat ein unlesbares Archiv von {0} geschickt: {1}</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>Lesen von {0}</translation>
    </message>
    <message>
        <source>{0} leads out of volume {1} through a symbolic link: refused, nothing was changed.</source>
        <translation>{0} führt durch einen symbolischen Link aus dem Volume {1} hinaus: abgelehnt, nichts wurde geändert.</translation>
    </message>
    <message>
        <source>/{0} cannot be followed (a symbolic link that loops?): {1} refused, nothing was changed.</source>
        <translation>/{0} kann nicht verfolgt werden (ein symbolischer Link im Kreis?): {1} abgelehnt, nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{0} has too many symbolic links (a loop?): refused.</source>
        <translation>{0} hat zu viele symbolische Links (ein Kreis?): abgelehnt.</translation>
    </message>
    <message>
        <source>tar exited with {0}</source>
        <translation>tar endete mit {0}</translation>
    </message>
    <message>
        <source>Reading volume {0} failed: {1}</source>
        <translation>Das Lesen von Volume {0} ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>Restoring into {0} failed: {1}</source>
        <translation>Das Wiederherstellen in {0} ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>The folder holds more than {0}.</source>
        <translation>Der Ordner enthält mehr als {0}.</translation>
    </message>
    <message>
        <source>/{0} does not exist in volume {1} (any more).</source>
        <translation>/{0} gibt es im Volume {1} nicht (mehr).</translation>
    </message>
    <message>
        <source>Checking a path</source>
        <translation>Prüfen eines Pfads</translation>
    </message>
    <message>
        <source>Checking {0} failed: HTTP {1}</source>
        <translation>Das Prüfen von {0} ist fehlgeschlagen: HTTP {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>/{0}: {1}</source>
        <translation>/{0}: {1}</translation>
    </message>
    <message>
        <source>{0} is empty or unreadable.</source>
        <translation>{0} ist leer oder unlesbar.</translation>
    </message>
    <message>
        <source>{0} is a folder.</source>
        <translation>{0} ist ein Ordner.</translation>
    </message>
    <message>
        <source>Download the volume&apos;s root with “Back up…” instead.</source>
        <translation>Die Wurzel des Volumes stattdessen mit „Sichern…“ herunterladen.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation>{0} gibt es schon.</translation>
    </message>
    <message>
        <source>Downloading {0} failed: {1}</source>
        <translation>Das Herunterladen von {0} ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>Downloading {0} failed: the archive did not hold it.</source>
        <translation>Das Herunterladen von {0} ist fehlgeschlagen: das Archiv enthielt es nicht.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} existiert nicht.</translation>
    </message>
    <message>
        <source>The folder /{0} does not exist in volume {1}.</source>
        <translation>Den Ordner /{0} gibt es im Volume {1} nicht.</translation>
    </message>
    <message>
        <source>Uploading into {0}/{1}</source>
        <translation>Hochladen nach {0}/{1}</translation>
    </message>
    <message>
        <source>The volume&apos;s root already exists.</source>
        <translation>Die Wurzel des Volumes gibt es schon.</translation>
    </message>
    <message>
        <source>/{0} already exists in volume {1}.</source>
        <translation>/{0} gibt es im Volume {1} schon.</translation>
    </message>
    <message>
        <source>Creating folder {0}</source>
        <translation>Anlegen des Ordners {0}</translation>
    </message>
    <message>
        <source>The volume&apos;s root cannot be deleted (remove the volume instead).</source>
        <translation>Die Wurzel des Volumes kann nicht gelöscht werden (stattdessen das Volume entfernen).</translation>
    </message>
    <message>
        <source>/{0} is the volume&apos;s root: it cannot be deleted.</source>
        <translation>/{0} ist die Wurzel des Volumes: sie kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>this engine does not remove paths through its archive API. Use: {0}</source>
        <translation>diese Engine entfernt keine Pfade über ihre Archiv-API. Stattdessen: {0}</translation>
    </message>
    <message>
        <source>Deleting {0}</source>
        <translation>Löschen von {0}</translation>
    </message>
    <message>
        <source>Deleting {0} failed: {1}</source>
        <translation>Das Löschen von {0} ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>Looking for the helper image</source>
        <translation>Suche nach dem Hilfs-Image</translation>
    </message>
    <message>
        <source>Making the helper image</source>
        <translation>Anlegen des Hilfs-Images</translation>
    </message>
    <message>
        <source>Removing the helper image</source>
        <translation>Entfernen des Hilfs-Images</translation>
    </message>
    <message>
        <source>Looking for a tools image</source>
        <translation>Suche nach einem Werkzeug-Image</translation>
    </message>
    <message>
        <source>Looking up volume {0}</source>
        <translation>Nachschlagen von Volume {0}</translation>
    </message>
    <message>
        <source>There is no volume named “{0}”.</source>
        <translation>Es gibt kein Volume namens „{0}“.</translation>
    </message>
    <message>
        <source>Preparing access to volume {0}</source>
        <translation>Vorbereiten des Zugriffs auf Volume {0}</translation>
    </message>
    <message>
        <source>Looking for leftover helpers</source>
        <translation>Suche nach übrig gebliebenen Helfern</translation>
    </message>
    <message>
        <source>The volume history ({0}) is locked by another program: {1}</source>
        <translation>Der Volume-Verlauf ({0}) ist von einem anderen Programm gesperrt: {1}</translation>
    </message>
    <message>
        <source>The volume history file was damaged ({0}); it was moved to {1} and a new one started.</source>
        <translation>Die Datei des Volume-Verlaufs war beschädigt ({0}); sie wurde nach {1} verschoben und eine neue begonnen.</translation>
    </message>
    <message>
        <source>The volume history was written by a newer volgui (schema {0}).</source>
        <translation>Der Volume-Verlauf wurde von einem neueren volgui geschrieben (Schema {0}).</translation>
    </message>
    <message>
        <source>The volume history could not be updated: {0}</source>
        <translation>Der Volume-Verlauf konnte nicht aktualisiert werden: {0}</translation>
    </message>
    <message>
        <source>used by {0} at {1} (read-only)</source>
        <translation>genutzt von {0} unter {1} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>used by {0} at {1}</source>
        <translation>genutzt von {0} unter {1}</translation>
    </message>
    <message>
        <source>used by {0} at {1} (read-only) (removed {2})</source>
        <translation>genutzt von {0} unter {1} (schreibgeschützt) (entfernt {2})</translation>
    </message>
    <message>
        <source>used by {0} at {1} (removed {2})</source>
        <translation>genutzt von {0} unter {1} (entfernt {2})</translation>
    </message>
    <message>
        <source>Listing {0}</source>
        <translation>Auflisten von {0}</translation>
    </message>
    <message>
        <source>Preparing a listing helper for {0}</source>
        <translation>Vorbereiten eines Auflist-Helfers für {0}</translation>
    </message>
    <message>
        <source>Starting the listing helper</source>
        <translation>Starten des Auflist-Helfers</translation>
    </message>
    <message>
        <source>The listing of /{0} arrived incomplete ({1} tries): refresh to try again.</source>
        <translation>Die Auflistung von /{0} kam unvollständig an ({1} Versuche): zum erneuten Versuch aktualisieren.</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Listing /{0} failed: {1}</source>
        <translation>Das Auflisten von /{0} ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>The listing of /{0} arrived incomplete.</source>
        <translation>Die Auflistung von /{0} kam unvollständig an.</translation>
    </message>
    <message>
        <source>The folder changed while it was listed: refresh.</source>
        <translation>Der Ordner hat sich beim Auflisten geändert: neu laden.</translation>
    </message>
    <message>
        <source>its content is a JSON {0}, not an object</source>
        <translation>sein Inhalt ist ein JSON-{0}, kein Objekt</translation>
    </message>
    <message>
        <source>it is not a volgui backup manifest</source>
        <translation>es ist kein Sicherungs-Manifest von volgui</translation>
    </message>
    <message>
        <source>its “{0}” is missing or not text</source>
        <translation>sein „{0}“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>its “{0}” is not text</source>
        <translation>sein „{0}“ ist kein Text</translation>
    </message>
    <message>
        <source>its “running” is not a list of at most {0} container names</source>
        <translation>sein „running“ ist keine Liste von höchstens {0} Containernamen</translation>
    </message>
    <message>
        <source>its “{0}” is not a whole number</source>
        <translation>sein „{0}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>its “created” time is not an ISO time with a time zone</source>
        <translation>seine Zeit „created“ ist keine ISO-Zeit mit Zeitzone</translation>
    </message>
    <message>
        <source>it names the archive “{0}”, not the file it belongs to ({1})</source>
        <translation>es nennt das Archiv „{0}“, nicht die Datei, zu der es gehört ({1})</translation>
    </message>
    <message>
        <source>its “archive_sha256” is not a sha256</source>
        <translation>sein „archive_sha256“ ist kein sha256</translation>
    </message>
    <message>
        <source>its “files” is not an object</source>
        <translation>sein „files“ ist kein Objekt</translation>
    </message>
    <message>
        <source>the entry for {0} is not an object</source>
        <translation>der Eintrag für {0} ist kein Objekt</translation>
    </message>
    <message>
        <source>the entry for {0} has a “{1}” that is not a whole number</source>
        <translation>der Eintrag für {0} hat ein „{1}“, das keine ganze Zahl ist</translation>
    </message>
    <message>
        <source>the entry for {0} has a “{1}” that is not text</source>
        <translation>der Eintrag für {0} hat ein „{1}“, das kein Text ist</translation>
    </message>
    <message>
        <source>its “verification” is not an object</source>
        <translation>sein „verification“ ist kein Objekt</translation>
    </message>
    <message>
        <source>its verification result is not true or false</source>
        <translation>sein Prüfergebnis ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>its verification “{0}” is not text</source>
        <translation>sein Prüf-„{0}“ ist kein Text</translation>
    </message>
    <message>
        <source>The backup manifest {0} cannot be read: {1}</source>
        <translation>Das Sicherungs-Manifest {0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>The backup manifest {0} is larger than {1} MB: skipped.</source>
        <translation>Das Sicherungs-Manifest {0} ist größer als {1} MB: übersprungen.</translation>
    </message>
    <message>
        <source>The backup manifest {0} is not valid JSON: {1}</source>
        <translation>Das Sicherungs-Manifest {0} ist kein gültiges JSON: {1}</translation>
    </message>
    <message>
        <source>The backup manifest {0} was skipped: {1}.</source>
        <translation>Das Sicherungs-Manifest {0} wurde übersprungen: {1}.</translation>
    </message>
    <message>
        <source>the archive ends inside an entry</source>
        <translation>das Archiv endet mitten in einem Eintrag</translation>
    </message>
    <message>
        <source>“{0}” is not an interval: use a number of hours or days, like 6h or 2d.</source>
        <translation>„{0}“ ist kein Intervall: eine Zahl von Stunden oder Tagen angeben, etwa 6h oder 2d.</translation>
    </message>
    <message>
        <source>The backup policies in {0} cannot be read: {1}</source>
        <translation>Die Sicherungspläne in {0} können nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>The backup policies in {0} are not a JSON object.</source>
        <translation>Die Sicherungspläne in {0} sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>{0} is missing or not a plain file</source>
        <translation>{0} fehlt oder ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>its manifest was not written by volgui</source>
        <translation>sein Manifest wurde nicht von volgui geschrieben</translation>
    </message>
    <message>
        <source>its manifest records no size or checksum to recognise the archive by</source>
        <translation>sein Manifest verzeichnet keine Größe und keine Prüfsumme, an der das Archiv zu erkennen wäre</translation>
    </message>
    <message>
        <source>{0} does not have the size its manifest records</source>
        <translation>{0} hat nicht die Größe, die sein Manifest verzeichnet</translation>
    </message>
    <message>
        <source>{0} does not have the checksum its manifest records</source>
        <translation>{0} hat nicht die Prüfsumme, die sein Manifest verzeichnet</translation>
    </message>
    <message>
        <source>An S3 folder is written s3+https://KEYID@server/bucket/folder.</source>
        <translation>Ein S3-Ordner wird s3+https://KEYID@server/bucket/folder geschrieben.</translation>
    </message>
    <message>
        <source>“{0}” is not an S3 folder: write s3+https://KEYID@server/bucket/folder (the secret key is asked for, never written in the address).</source>
        <translation>„{0}“ ist kein S3-Ordner: s3+https://KEYID@server/bucket/folder schreiben (der geheime Schlüssel wird erfragt, nie in die Adresse geschrieben).</translation>
    </message>
    <message>
        <source>Name the S3 server: s3+https://KEYID@server/bucket/folder.</source>
        <translation>Den S3-Server nennen: s3+https://KEYID@server/bucket/folder.</translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>Der Port ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>“{0}” is not a bucket name (3-63 lower-case letters, digits, “.”, “-”).</source>
        <translation>„{0}“ ist kein Bucket-Name (3-63 Kleinbuchstaben, Ziffern, „.“, „-“).</translation>
    </message>
    <message>
        <source>The folder inside the bucket may not contain empty parts, “.” or “..”.</source>
        <translation>Der Ordner im Bucket darf keine leeren Teile, „.“ oder „..“ enthalten.</translation>
    </message>
    <message>
        <source>“{0}” is not a file name in the backups folder.</source>
        <translation>„{0}“ ist kein Dateiname im Sicherungsordner.</translation>
    </message>
    <message>
        <source>{0} refused the key for bucket {1}: check the key id and secret key.</source>
        <translation>{0} hat den Schlüssel für den Bucket {1} abgelehnt: Schlüssel-ID und geheimen Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>There is no bucket “{0}” on {1}.</source>
        <translation>Auf {1} gibt es keinen Bucket „{0}“.</translation>
    </message>
    <message>
        <source>{0} cannot be used: {1}</source>
        <translation>{0} kann nicht verwendet werden: {1}</translation>
    </message>
    <message>
        <source>S3 folders need the boto3 package: pip install &apos;volgui[s3]&apos;.</source>
        <translation>S3-Ordner brauchen das Paket boto3: pip install &apos;volgui[s3]&apos;.</translation>
    </message>
    <message>
        <source>The secret key of {0} for {1} is needed.</source>
        <translation>Der geheime Schlüssel von {0} für {1} wird gebraucht.</translation>
    </message>
    <message>
        <source>{0} in bucket {1} is larger than {2} MB.</source>
        <translation>{0} im Bucket {1} ist größer als {2} MB.</translation>
    </message>
    <message>
        <source>An SFTP folder is written sftp://user@host/path/to/folder.</source>
        <translation>Ein SFTP-Ordner wird sftp://user@host/path/to/folder geschrieben.</translation>
    </message>
    <message>
        <source>“{0}” is not an SFTP folder: write sftp://user@host/path/to/folder.</source>
        <translation>„{0}“ ist kein SFTP-Ordner: sftp://user@host/path/to/folder schreiben.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: volgui asks for it and keeps it in the desktop keyring.</source>
        <translation>Das Passwort nicht in die Adresse schreiben: volgui fragt danach und hält es im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>An SFTP folder&apos;s address has no “?” or “#” part.</source>
        <translation>Die Adresse eines SFTP-Ordners hat keinen „?“- oder „#“-Teil.</translation>
    </message>
    <message>
        <source>The port in “{0}” is not a number from 1 to 65535.</source>
        <translation>Der Port in „{0}“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Name the user: sftp://user@host/path (letters, digits, “.”, “_”, “-”).</source>
        <translation>Den Benutzer nennen: sftp://user@host/path (Buchstaben, Ziffern, „.“, „_“, „-“).</translation>
    </message>
    <message>
        <source>“{0}” is not a host name or address.</source>
        <translation>„{0}“ ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>Give the folder as an absolute path without “..”: sftp://user@host/srv/backups.</source>
        <translation>Den Ordner als absoluten Pfad ohne „..“ angeben: sftp://user@host/srv/backups.</translation>
    </message>
    <message>
        <source>The SSH host key of {0} has CHANGED since it was saved in known_hosts: someone may be pretending to be the server. Check with its administrator; volgui sent nothing.</source>
        <translation>Der SSH-Hostschlüssel von {0} hat sich GEÄNDERT, seit er in known_hosts gespeichert wurde: vielleicht gibt sich jemand als der Server aus. Bei seinem Administrator nachfragen; volgui hat nichts gesendet.</translation>
    </message>
    <message>
        <source>The SSH host key of {0} is not known: connect once with `{1}` to check and accept it, then retry.</source>
        <translation>Der SSH-Hostschlüssel von {0} ist unbekannt: einmal mit `{1}` verbinden, um ihn zu prüfen und anzunehmen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>{0} refused the login: check the user, key or password.</source>
        <translation>{0} hat die Anmeldung abgelehnt: Benutzer, Schlüssel oder Passwort prüfen.</translation>
    </message>
    <message>
        <source>{0} refused the connection: is an SSH server running there?</source>
        <translation>{0} hat die Verbindung abgelehnt: läuft dort ein SSH-Server?</translation>
    </message>
    <message>
        <source>{0} did not answer in time.</source>
        <translation>{0} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>{0} cannot be reached: {1}</source>
        <translation>{0} ist nicht erreichbar: {1}</translation>
    </message>
    <message>
        <source>{0} asks for a password.</source>
        <translation>{0} verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>The folder {0} on {1} cannot be opened: {2}</source>
        <translation>Der Ordner {0} auf {1} kann nicht geöffnet werden: {2}</translation>
    </message>
    <message>
        <source>{0} on {1} is larger than {2} MB.</source>
        <translation>{0} auf {1} ist größer als {2} MB.</translation>
    </message>
    <message>
        <source>Read back whole from the written file: {0}, every file&apos;s sha256 recorded (not restored).</source>
        <translation>Vollständig aus der geschriebenen Datei zurückgelesen: {0}, der sha256 jeder Datei verzeichnet (nicht wiederhergestellt).</translation>
    </message>
    <message>
        <source>Snapshot of {0} ({1}/{2})…</source>
        <translation>Snapshot von {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>The snapshot failed, so nothing was changed: {0}</source>
        <translation>Der Snapshot ist fehlgeschlagen, daher wurde nichts geändert: {0}</translation>
    </message>
    <message>
        <source>The snapshot&apos;s archive cannot be read: {0}</source>
        <translation>Das Archiv des Snapshots kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>{0} does not have the checksum its manifest records: it was changed or damaged, so it is not restored.</source>
        <translation>{0} hat nicht die Prüfsumme, die sein Manifest verzeichnet: es wurde geändert oder beschädigt und wird daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s archive {0} is missing.</source>
        <translation>Das Archiv {0} des Snapshots fehlt.</translation>
    </message>
    <message>
        <source>Safety snapshot of {0}…</source>
        <translation>Sicherheits-Snapshot von {0}…</translation>
    </message>
    <message>
        <source>before rolling back to {0}</source>
        <translation>vor dem Zurückrollen auf {0}</translation>
    </message>
    <message>
        <source>{0} The safety snapshot {1} was kept.</source>
        <translation>{0} Der Sicherheits-Snapshot {1} wurde behalten.</translation>
    </message>
    <message>
        <source>Emptying {0}…</source>
        <translation>{0} wird geleert…</translation>
    </message>
    <message>
        <source>Restoring what changed in {0}: {1}…</source>
        <translation>Was sich in {0} geändert hat, wird wiederhergestellt: {1}…</translation>
    </message>
    <message>
        <source>Reading from the volume</source>
        <translation>Lesen aus dem Volume</translation>
    </message>
    <message>
        <source>{0} failed: the engine did not accept the archive.</source>
        <translation>{0} fehlgeschlagen: die Engine hat das Archiv nicht angenommen.</translation>
    </message>
    <message>
        <source>The archive has a header of {0} bytes (a pax or long-name header; at most {1} are accepted). It is damaged or was made to exhaust memory, so it was refused.</source>
        <translation>Das Archiv hat einen Header von {0} Bytes (ein pax- oder Langname-Header; höchstens {1} werden angenommen). Es ist beschädigt oder wurde gemacht, um den Speicher zu erschöpfen, und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>The archive has a malformed pax header, so it was refused.</source>
        <translation>Das Archiv hat einen fehlerhaften pax-Header und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>The archive&apos;s pax field “{0}” is not a number, so it was refused.</source>
        <translation>Das pax-Feld „{0}“ des Archivs ist keine Zahl, daher wurde es abgelehnt.</translation>
    </message>
    <message>
        <source>The archive&apos;s pax field “{0}” is out of range, so it was refused.</source>
        <translation>Das pax-Feld „{0}“ des Archivs liegt außerhalb des Bereichs, daher wurde es abgelehnt.</translation>
    </message>
    <message>
        <source>{0} is not an ELF program.</source>
        <translation>{0} ist kein ELF-Programm.</translation>
    </message>
    <message>
        <source>{0} has an ELF header volgui does not understand.</source>
        <translation>{0} hat einen ELF-Header, den volgui nicht versteht.</translation>
    </message>
    <message>
        <source>{0} has a truncated ELF header.</source>
        <translation>{0} hat einen abgeschnittenen ELF-Header.</translation>
    </message>
    <message>
        <source>{0} is not an executable program (ELF type {1}).</source>
        <translation>{0} ist kein ausführbares Programm (ELF-Typ {1}).</translation>
    </message>
    <message>
        <source>ELF machine {0}</source>
        <translation>ELF-Maschine {0}</translation>
    </message>
    <message>
        <source>{0} is built for {1} but the engine runs {2}: it would not start there.</source>
        <translation>{0} ist für {1} gebaut, die Engine läuft aber auf {2}: es würde dort nicht starten.</translation>
    </message>
    <message>
        <source>an unknown CPU</source>
        <translation>einer unbekannten CPU</translation>
    </message>
    <message>
        <source>{0} has program headers volgui does not understand.</source>
        <translation>{0} hat Programm-Header, die volgui nicht versteht.</translation>
    </message>
    <message>
        <source>{0} has program headers past the part volgui reads.</source>
        <translation>{0} hat Programm-Header hinter dem Teil, den volgui liest.</translation>
    </message>
    <message>
        <source>{0} is dynamically linked (it needs a loader and libraries): it would not start in an image that holds nothing else. A static busybox (e.g. the busybox-static package) is needed.</source>
        <translation>{0} ist dynamisch gelinkt (es braucht einen Lader und Bibliotheken): es würde in einem Image, das sonst nichts enthält, nicht starten. Ein statisches busybox (etwa aus dem Paket busybox-static) wird gebraucht.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a regular file.</source>
        <translation>{0} ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>{0} is {1} bytes: too big for a busybox.</source>
        <translation>{0} hat {1} Bytes: zu groß für ein busybox.</translation>
    </message>
    <message>
        <source>{0} has no {1} applet.</source>
        <translation>{0} hat kein Applet {1}.</translation>
    </message>
    <message>
        <source>This machine has no busybox (e.g. the busybox-static package).</source>
        <translation>Dieser Rechner hat kein busybox (etwa aus dem Paket busybox-static).</translation>
    </message>
    <message>
        <source>Looking for volgui&apos;s tools image</source>
        <translation>Suche nach dem Werkzeug-Image von volgui</translation>
    </message>
    <message>
        <source>volgui cannot make its tools image: {0}</source>
        <translation>volgui kann sein Werkzeug-Image nicht machen: {0}</translation>
    </message>
    <message>
        <source>Making volgui&apos;s tools image</source>
        <translation>Anlegen des Werkzeug-Images von volgui</translation>
    </message>
    <message>
        <source>{0} is a folder: choose a file name for the backup.</source>
        <translation>{0} ist ein Ordner: einen Dateinamen für die Sicherung wählen.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>Exportieren von {0}</translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists.</source>
        <translation>Ein Volume namens „{0}“ gibt es schon.</translation>
    </message>
    <message>
        <source>Creating volume {0}</source>
        <translation>Anlegen von Volume {0}</translation>
    </message>
    <message>
        <source>Restoring folder times in {0}</source>
        <translation>Wiederherstellen der Ordnerzeiten in {0}</translation>
    </message>
    <message>
        <source>{0} is not a valid gzip file: {1}</source>
        <translation>{0} ist keine gültige gzip-Datei: {1}</translation>
    </message>
    <message>
        <source>Restoring into {0}</source>
        <translation>Wiederherstellen in {0}</translation>
    </message>
    <message>
        <source>Cloning {0}</source>
        <translation>Klonen von {0}</translation>
    </message>
    <message>
        <source>Listing users of {0}</source>
        <translation>Auflisten der Nutzer von {0}</translation>
    </message>
    <message>
        <source>Stopping a container</source>
        <translation>Stoppen eines Containers</translation>
    </message>
    <message>
        <source>Starting a container</source>
        <translation>Starten eines Containers</translation>
    </message>
    <message>
        <source>Some containers did not start again: {0}</source>
        <translation>Einige Container sind nicht wieder gestartet: {0}</translation>
    </message>
    <message>
        <source>Older backups could not be removed: {0}</source>
        <translation>Ältere Sicherungen konnten nicht entfernt werden: {0}</translation>
    </message>
    <message>
        <source>Nothing changed in {0} since its last backup ({1}): skipped.</source>
        <translation>In {0} hat sich seit der letzten Sicherung ({1}) nichts geändert: übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln volgui backup(s) in {0}.</source>
        <translation>
            <numerusform>Verbunden: %Ln volgui-Sicherung in {0}.</numerusform>
            <numerusform>Verbunden: %Ln volgui-Sicherungen in {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>before putting back an interrupted roll back</source>
        <translation>vor dem Zurücklegen nach einem unterbrochenen Zurückrollen</translation>
    </message>
    <message>
        <source>Putting back the entries of {0}…</source>
        <translation>Die Einträge von {0} werden zurückgelegt…</translation>
    </message>
    <message>
        <source>before a lesson&apos;s clean-up removed it</source>
        <translation>bevor das Aufräumen einer Lektion es entfernte</translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation>Auflisten der Images</translation>
    </message>
    <message>
        <source>The engine is not on this machine: the fast way is for local engines only.</source>
        <translation>Die Engine läuft nicht auf diesem Rechner: der schnelle Weg gilt nur für lokale Engines.</translation>
    </message>
    <message>
        <source>The engine is not on this machine: volgui makes its tools image for local engines only.</source>
        <translation>Die Engine läuft nicht auf diesem Rechner: volgui macht sein Werkzeug-Image nur für lokale Engines.</translation>
    </message>
    <message>
        <source>before restoring {0} over it</source>
        <translation>vor dem Wiederherstellen von {0} darüber</translation>
    </message>
    <message>
        <source>The roll back of {0} stopped half way and its entries could not be put back: they are in the folder {1} inside the volume.</source>
        <translation>Das Zurückrollen von {0} brach mittendrin ab, und seine Einträge konnten nicht zurückgelegt werden: Sie liegen im Ordner {1} im Volume.</translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation>Container auflisten</translation>
    </message>
    <message>
        <source>{0} is not a folder a roll back left aside.</source>
        <translation>{0} ist kein Ordner, den ein Zurückrollen beiseitegelegt hat.</translation>
    </message>
    <message>
        <source>A roll back of {0} is running: try again when it has ended.</source>
        <translation>{0} wird gerade zurückgerollt: versuche es erneut, wenn das beendet ist.</translation>
    </message>
    <message>
        <source>Putting the entries back needs an image with a shell: choose one with &quot;Tools image for fast backups…&quot;.</source>
        <translation>Zum Zurücklegen der Einträge ist ein Image mit einer Shell nötig: wähle eines mit „Werkzeug-Image für schnelle Sicherungen…“.</translation>
    </message>
    <message>
        <source>Putting back the entries of {0}</source>
        <translation>Zurücklegen der Einträge von {0}</translation>
    </message>
    <message>
        <source>The folder {0} is not in {1} (any more).</source>
        <translation>Der Ordner {0} ist nicht (mehr) in {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: these names are both in the folder {0} and beside it in {1} (%Ln in all): {2}. Move or rename them, then put back again.</source>
        <translation>
            <numerusform>Nichts wurde geändert: dieser Name steht sowohl im Ordner {0} als auch daneben in {1} (%Ln insgesamt): {2}. Verschiebe ihn oder benenne ihn um, dann lege erneut zurück.</numerusform>
            <numerusform>Nichts wurde geändert: diese Namen stehen sowohl im Ordner {0} als auch daneben in {1} (%Ln insgesamt): {2}. Verschiebe sie oder benenne sie um, dann lege erneut zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting back the entries of {0} from the folder {1} stopped half way (exit code {2}): put back again.</source>
        <translation>Das Zurücklegen der Einträge von {0} aus dem Ordner {1} hielt auf halbem Weg an (Exit-Code {2}): lege erneut zurück.</translation>
    </message>
</context>
<context>
    <name>VolumeHistoryDialog</name>
    <message>
        <source>History of volume {0}</source>
        <translation>Verlauf von Volume {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>Containers that used the volume</source>
        <translation>Container, die das Volume genutzt haben</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Eingehängt unter</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>Volume “{0}”: {1}.</source>
        <translation>Volume „{0}“: {1}.</translation>
    </message>
    <message>
        <source>No container has been seen using “{0}” while volgui was running.</source>
        <translation>Kein Container wurde gesehen, der „{0}“ nutzt, während volgui lief.</translation>
    </message>
</context>
<context>
    <name>VolumeInstanceModel</name>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht erstellt</translation>
    </message>
    <message>
        <source>other node</source>
        <translation>anderer Knoten</translation>
    </message>
</context>
<context>
    <name>VolumeInstancesView</name>
    <message>
        <source>Volumes per node</source>
        <translation>Volumes je Knoten</translation>
    </message>
    <message>
        <source>Select a service that mounts volumes</source>
        <translation>Wähle einen Dienst, der Volumes einhängt</translation>
    </message>
    <message>
        <source>A local volume exists on each node apart: which nodes hold a copy shows here.</source>
        <translation>Ein lokales Volume existiert auf jedem Knoten für sich: welche Knoten eine Kopie haben, steht hier.</translation>
    </message>
</context>
<context>
    <name>VolumeRow</name>
    <message>
        <source>volume name or /host/folder</source>
        <translation>Volume-Name oder /host/ordner</translation>
    </message>
    <message>
        <source>A volume name (a new one is created), an absolute folder on the engine&apos;s machine (bind mount), or “{0}” from the list</source>
        <translation>Ein Volume-Name (ein neues wird erstellt), ein absoluter Ordner auf dem Rechner der Engine (Bind-Mount) oder „{0}“ aus der Liste</translation>
    </message>
    <message>
        <source>Volume or host folder</source>
        <translation>Volume oder Host-Ordner</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Pfad im Container</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The volume to mount, or a folder on the engine&apos;s machine</source>
        <translation>Das einzuhängende Volume oder ein Ordner auf der Maschine der Engine</translation>
    </message>
    <message>
        <source>Remove this volume from the list</source>
        <translation>Dieses Volume aus der Liste entfernen</translation>
    </message>
    <message>
        <source>The volume for {0} has no name: choose a volume or type a name for a new one (or pick “{1}” in the list if you really want data without a name).</source>
        <translation>Das Volume für {0} hat keinen Namen: wähle ein Volume oder tippe einen Namen für ein neues (oder nimm „{1}“ aus der Liste, wenn du wirklich Daten ohne Namen willst).</translation>
    </message>
    <message>
        <source>this row</source>
        <translation>diese Zeile</translation>
    </message>
</context>
<context>
    <name>VolumeSummaryView</name>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Measure size</source>
        <translation>Größe messen</translation>
    </message>
    <message>
        <source>Ask the engine for disk usage (docker system df -v). It walks every volume&apos;s files, which can take a while on big hosts.</source>
        <translation>Die Engine nach dem Plattenverbrauch fragen (docker system df -v). Sie geht alle Dateien jedes Volumes durch, was auf großen Hosts dauern kann.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Click to select {0} in the containers view</source>
        <translation>Klicken, um {0} in der Container-Ansicht zu wählen</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>No container uses this volume</source>
        <translation>Kein Container nutzt dieses Volume</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>Treiber-Optionen</translation>
    </message>
    <message>
        <source>yes — created for a container without a name</source>
        <translation>ja — für einen Container ohne Namen erstellt</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>{0}, measured {1}</source>
        <translation>{0}, gemessen {1}</translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Eingehängt unter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>{0} (anonymous)</source>
        <translation>{0} (anonym)</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>unbenutzt</translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation>ohne Gruppe</translation>
    </message>
    <message>
        <source>Anonymous volume: Docker named it when a container (or its image) asked for a volume without a name.</source>
        <translation>Anonymes Volume: Docker hat es benannt, als ein Container (oder sein Image) ein Volume ohne Namen verlangte.</translation>
    </message>
    <message>
        <source>On the host: {0}</source>
        <translation>Auf dem Host: {0}</translation>
    </message>
    <message>
        <source>No container uses this volume (prune would delete it).</source>
        <translation>Kein Container nutzt dieses Volume (Aufräumen würde es löschen).</translation>
    </message>
    <message>
        <source>{0} at {1}{2}{3}</source>
        <translation>{0} unter {1}{2}{3}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (nur lesen)</translation>
    </message>
    <message>
        <source> — running</source>
        <translation> — läuft</translation>
    </message>
    <message>
        <source>Measured at {0}</source>
        <translation>Gemessen um {0}</translation>
    </message>
    <message>
        <source>Sizes are measured on demand (Compute sizes): it reads every file.</source>
        <translation>Größen werden auf Wunsch gemessen (Größen berechnen): dabei wird jede Datei gelesen.</translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>{0} (running)</source>
        <translation>{0} (läuft)</translation>
    </message>
    <message>
        <source>“{0}” is in use by {1} — remove those containers first.</source>
        <translation>„{0}“ wird von {1} benutzt — zuerst diese Container entfernen.</translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists: choose another name (Docker would quietly reuse the existing one).</source>
        <translation>Ein Volume namens „{0}“ gibt es schon: einen anderen Namen wählen (Docker würde stillschweigend das vorhandene nehmen).</translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <source>Compute sizes</source>
        <translation>Größen berechnen</translation>
    </message>
    <message>
        <source>Measure every volume (docker system df -v). It reads all files, so it can take a while on big volumes.</source>
        <translation>Jedes Volume messen (docker system df -v). Alle Dateien werden gelesen, das kann bei großen Volumes dauern.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Filter volumes: name, container, label…</source>
        <translation>Volumes filtern: Name, Container, Label…</translation>
    </message>
    <message>
        <source>Only volumes of the selected containers</source>
        <translation>Nur Volumes der gewählten Container</translation>
    </message>
    <message>
        <source>Show only the volumes mounted by the containers selected on the left</source>
        <translation>Nur die Volumes zeigen, die die links gewählten Container einhängen</translation>
    </message>
    <message>
        <source>The selected container mounts no volume</source>
        <translation>Der gewählte Container hängt kein Volume ein</translation>
    </message>
    <message>
        <source>No volumes yet — create one</source>
        <translation>Noch keine Volumes — erstelle eines</translation>
    </message>
    <message>
        <source>A volume keeps data apart from any container: it survives when a container is removed and can be shared between containers.</source>
        <translation>Ein Volume hält Daten getrennt von jedem Container: es bleibt, wenn ein Container entfernt wird, und kann zwischen Containern geteilt werden.</translation>
    </message>
    <message>
        <source>Create volume…</source>
        <translation>Volume erstellen…</translation>
    </message>
</context>
<context>
    <name>_FolderRow</name>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Back up first, into the Backups tab&apos;s folder</source>
        <translation>Zuerst sichern, in den Ordner des Tabs Sicherungen</translation>
    </message>
    <message>
        <source>Into {0}. Each volume is saved to a verified-ready archive before it is deleted; if a backup fails, nothing is deleted.</source>
        <translation>Nach {0}. Jedes Volume wird vor dem Löschen in ein geprüftes Archiv gespeichert; schlägt eine Sicherung fehl, wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Take a snapshot first, so this can be undone</source>
        <translation>Zuerst einen Snapshot machen, damit sich das rückgängig machen lässt</translation>
    </message>
    <message>
        <source>volgui keeps a verified copy of {0} in its snapshots; roll back to it from the volume&apos;s “Snapshots and roll back…”. If the snapshot fails, nothing is changed.</source>
        <translation>volgui hält eine geprüfte Kopie von {0} in seinen Snapshots; zurückrollen kannst du über „Snapshots und Zurückrollen…“ des Volumes. Schlägt der Snapshot fehl, wird nichts geändert.</translation>
    </message>
    <message>
        <source>each volume</source>
        <translation>jedes Volume</translation>
    </message>
</context>
<context>
    <name>ctx.window</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up volumes into a folder, verify and restore the backups</source>
        <translation>Volumes in einen Ordner sichern, die Sicherungen prüfen und wiederherstellen</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Everything the engine says about the selected object</source>
        <translation>Alles, was die Engine über das gewählte Objekt sagt</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Lessons that walk through Docker step by step, and a glossary</source>
        <translation>Lektionen, die Schritt für Schritt durch Docker führen, und ein Glossar</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Backups folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>The folder on this computer that receives one backup file per volume</source>
        <translation>Der Ordner auf diesem Computer, der je Volume eine Sicherungsdatei erhält</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <source>Backups folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What volgui asked the engine, with the result and the docker command</source>
        <translation>Was volgui die Engine gefragt hat, mit Ergebnis und docker-Befehl</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About volgui</source>
        <translation>Über &amp;volgui</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Short guided lessons in the Learn tab</source>
        <translation>Kurze geführte Lektionen im Tab Lernen</translation>
    </message>
    <message>
        <source>Docker &amp;glossary</source>
        <translation>Docker-&amp;Glossar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Documentation (online)</source>
        <translation>&amp;Dokumentation (online)</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <source>Volume history…</source>
        <translation>Volume-Verlauf…</translation>
    </message>
    <message>
        <source>Which containers used this volume, where and when</source>
        <translation>Welche Container dieses Volume genutzt haben, wo und wann</translation>
    </message>
    <message>
        <source>Show docker commands</source>
        <translation>docker-Befehle zeigen</translation>
    </message>
    <message>
        <source>Show the equivalent docker command in every action&apos;s dialog</source>
        <translation>Den gleichwertigen docker-Befehl im Dialog jeder Aktion zeigen</translation>
    </message>
</context>
</TS>
