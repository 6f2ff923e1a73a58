<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected containers (they get 10 seconds to finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the processes of the selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the paused containers run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected containers at once (SIGKILL), without letting them finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpause {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected containers (shows what is lost and kept first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected volumes and their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune unused volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volumes no container uses (lists them first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only template: the files and settings a container starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running (or stopped) copy of an image, with its own thin write layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a container keeps every file it creates or changes. It is deleted when the container is removed — stopping keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage managed by Docker apart from any container. It survives container removal and can be mounted into several containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume Docker created without a name (a long hex id), usually because the image declares one. Kept when its container is removed unless you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of the host mounted into a container (-v /host/path:/path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image made from a container as it is now (docker commit), so a new container can start with exactly the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a volume appears inside the container, e.g. /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached (-d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container runs in the background; you read its logs to see output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive (-i -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps input open and gives the container a terminal, so you can type into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything of a kind that nothing uses — for volumes: every unused volume and its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume mounted by a container, even a stopped one, cannot be removed: remove the container first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a container, volume or image to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune unused images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images no container uses (a row&apos;s size leaves out the layers it shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers&apos; write layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stopped containers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune unused volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volumes no container uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune build cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache no build uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download an image from a registry (docker image pull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a tag of the selected image to its registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected image another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected image&apos;s layers and the steps that made them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected images into a tar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images from a tar file made by docker image save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected images (names the containers that use them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune unused &amp;images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove images no container uses (lists them first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What takes space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk use of images, containers, volumes and build cache (docker system df -v)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About volgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Docker containers and volumes by pointing and clicking — and learn the docker command behind every click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions of volgui, Qt, Python and the engine, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Asking the engine…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected {0}&apos;s details in the Inspect panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;lume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln container</numerusform>
            <numerusform>%Ln containers</numerusform>
        </translation>
    </message>
    <message>
        <source>Created volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else was changed. The Activity tab keeps the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill stops the processes at once, without letting them save their work. Prefer Stop unless a container does not react.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} these containers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before removing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln volume(s)</source>
        <translation>
            <numerusform>Remove %Ln volume</numerusform>
            <numerusform>Remove %Ln volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before pruning it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln unused volume(s)</source>
        <translation>
            <numerusform>Prune %Ln unused volume</numerusform>
            <numerusform>Prune %Ln unused volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: nothing was backed up or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up, then {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What volgui asked the engine, newest last, with the result of each request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done yet. Each action you take appears here with its docker command and its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected command to paste it into a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished entries from the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddEngineDialog</name>
    <message>
        <source>Add engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. build server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name of your choice, shown in the list of engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the engine answers: an ssh://, tcp:// or unix:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the engine&apos;s certificate (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse an engine whose certificate the CA above did not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH uses your ~/.ssh/config and known_hosts; only paths to certificates are saved, never keys or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect with these settings and show what answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of the file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connected: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a backup to verify it, restore it or see what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder on this computer where the backups are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the backups on another machine (SFTP) or in a bucket (S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up selected volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup of the selected volume into the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a scratch volume and compare every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into new volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup into a new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the volume since this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the selected volume every N hours or days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and backups saved elsewhere, in {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder list cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a volume in the volumes view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {0}: {1}, {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volume name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with a backup needs the snapshots feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: every {1:g} h, keep {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0} (policy)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up {0} (policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup policies cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserActions</name>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These already exist in %s and will be replaced:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These already exist in /%s and will be replaced:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload into {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current transfer to end (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder with %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>folder and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these from %s? This cannot be undone.

%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete in {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserNavigation</name>
    <message>
        <source>List {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading /%s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder /%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbolic link to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file, %s — no preview. Download it to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… the first %s of %s are shown]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working: {0}{1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in {0} since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the changes by path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders with what was added, changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the volume and comparing it with the snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file then and now, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} added, {2} changed, {3} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the volume is exactly as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>A name no volume has yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is not a valid volume name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named “%s” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Equivalent command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to paste it into a terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the commands to paste them into a terminal (secret values masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the commands with the secret values (passwords, tokens, keys) in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with secrets (passwords in clear)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>{0}: then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file then, in the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file now, in the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then (snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that differ: {0} then, {1} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the beginning of the file is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not text: compared by size and checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeFeature</name>
    <message>
        <source>Save as compose.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compose file that re-creates the selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose projects and the containers, volumes and networks of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up project {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove project {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the mount to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose file was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeMountOffer</name>
    <message>
        <source>{0} belongs to the compose project {1}: the next docker compose up re-creates it from its file, without this mount unless the file has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the mount to this compose file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui rewrites the file: comments of a hand-written file are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionErrors</name>
    <message>
        <source>Listing containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS without verifying the engine&apos;s certificate: anyone between you and the engine can pretend to be it and see everything you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain TCP, not encrypted: anyone on the network can read what you send and control this engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 2376 is Docker&apos;s TLS port: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to use TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_CERT_PATH is set without DOCKER_TLS_VERIFY: volgui uses TLS and verifies the engine with the CA there (set DOCKER_TLS_VERIFY=1 to say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context “{0}” ({1}) does not exist. Known contexts: {2}. List them with `docker context ls`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context “{0}” cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context “{0}” has no Docker endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --host or --context, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default Docker socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use TLS for {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot inspect a {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the volume&apos;s containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring disk usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not report a size for the volume {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heartbeat was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping oddly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at {0} closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping with HTTP {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping with something else than HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be saved in the desktop keyring: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons need a local image with a shell, and this engine has no images. Pull one with `docker pull busybox` (volgui never pulls by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual images for these lessons ({0}) are not here; using {1}, which has a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the local images has a shell (/bin/sh), which the lessons need. Pull one with `docker pull busybox`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0}; could not remove {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring container sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring volume sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled backup is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container became unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of {0} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of {0} is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup was made {0}; the next one is {1} late. Is the engine reachable and volgui-backup&apos;s timer installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check of container {0} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container {0} stopped with exit code {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container {0} stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the engine a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address, e.g. ssh://me@server or tcp://server:2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}://” is not an engine address. Use unix://, tcp://, ssh:// or npipe://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a valid address: expected host or host:port (with an optional user@).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a valid address: expected host or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unix:// address needs an absolute socket path, e.g. unix:///run/docker.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS applies to tcp:// engines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the client certificate and the client key, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify the engine, give the CA certificate that signed it (or explicitly turn verification off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off: anyone between you and the engine can impersonate it and take control of your containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine is reached over plain TCP without TLS: anyone on the network can control it. Use TLS or SSH for engines on other machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same engine as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved engines in {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine closed the events stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events stream was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no shell to open: none of {1} exists in it. Minimal images (distroless, scratch) often have none. Use Container ▸ Debug shell: a shell beside it, with its processes, network and volumes (its files at /proc/1/root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not started with -i -t (interactive, with a terminal): its main process has no terminal to attach to. Open a terminal (exec) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine closed the log stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream broke off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stats stream broke off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name needs at least two characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name must start with a letter or a digit (not “{0}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name may contain only letters a–z and A–Z, digits, “_”, “.” and “-”; remove: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container name needs at least two characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container name must start with a letter or a digit (not “{0}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container name may contain only letters a–z and A–Z, digits, “_”, “.” and “-”; remove: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the volume a name, for example “my_volume”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A path on the host is a bind mount, not a volume.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name may be at most {0} characters long (this one has {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name may not contain “/”, NUL or leading/trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container a name, for example “web”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver name has no spaces, for example “local”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: an option needs a name before “=”, as in “com.example.owner=alice”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: the option name {1} contains spaces; use “.”, “-” or “_” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: the option “{1}” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: a label needs a name before “=”, as in “com.example.owner=alice”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: the label name {1} contains spaces; use “.”, “-” or “_” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: the label “{1}” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: the variable has no name. Environment lines look like “NAME=value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: the variable name {1} contains spaces. Environment lines look like “NAME=value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: “{1}” has no “=”; write “{1}=” for an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: the variable “{1}” is set twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host port “{1}” is not a port number (0–65535) or a range like 8000-8010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host port range “{1}” ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port “{1}” is not a port number (0–65535) or a range like 8000-8010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port range “{1}” ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a port, for example “8080:80” (host port 8080 to port 80 in the container).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: use the short form “[ip:][hostPort:]containerPort[/protocol]”, e.g. “8080:80”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: more than one “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the IPv6 address “{1}” lacks its closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: “{1}” is not an IP address of this host (e.g. 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port cannot be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the protocol must be tcp, udp or sctp (not “{1}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host range and the container range must have the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path inside the container, for example “/data”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mount path may not contain NUL or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount path “{0}” must be absolute, starting with “/” (for example “/{1}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount path “{0}” may not contain “:” (docker -v uses it to separate the parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume cannot be mounted over “/”, the container&apos;s root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” points outside the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from --host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_HOST, the current context, the default socket or Podman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker contexts could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown engine {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — reconnecting automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at {0} did not answer in time — it may be overloaded or hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerBrowser</name>
    <message>
        <source>Move to a volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this folder of the write layer in a new volume, mounted at the same path, so its files outlive the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Write layer: %s (green: added, brown: changed, struck out: deleted), lost when the container is removed. Files in a volume stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one folder of the write layer (green) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move /%s of %s into the new volume %s?

%sThe folder&apos;s files are copied into the volume (owners, modes and times kept) and compared, then %s is re-created with the volume mounted at /%s. If any step fails, the volume is removed and the container is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is stopped meanwhile and started again.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} to volume {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerErrors</name>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is over {1} kB: not a compose file volgui edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not valid YAML: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no services: is it a compose file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service {0} in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s top-level volumes are not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s volumes are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already mounts something at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0} at {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the anonymous volume at {1} is written as the external volume {2}… so its data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {0} mount at {1} is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not exist in the container (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine sent an unreadable archive of {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the whole filesystem with {0} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying into {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root folder already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating folder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root folder cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read-only or mounted path? Use: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume {0}, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind mount {0}, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind mount {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tmpfs (memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mount, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {0}, mounted at {1}: it stays when the container is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by docker for this container (its name, addresses, DNS) at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in the write layer: the image still has it, this container does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the container&apos;s write layer: lost when the container is removed (put it in a volume to keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the image, unchanged: every container of the image has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the write layer&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume {0} at {1} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume {0} at {1} (read-write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder {0} at {1} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder {0} at {1} (read-write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anonymous volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bind mount of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tmpfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {0} mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path inside the container, for example /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain a line break, tab or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain “:” (docker uses it to separate source, path and options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must be absolute: start it with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain “..”: write the folder it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mount over the container&apos;s root folder /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is managed by the container runtime and cannot be a mount target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already the target of {1}: choose another path, or replace that mount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming the original container out of the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting the new container to its networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping the original container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the original container&apos;s files to a snapshot image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the files of the write layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the original container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount {0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mount at {0} from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {0} at {1} with {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the mounts of {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is inside {1} mounted at {2}: docker will create the folder there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from --volumes-from another container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is declared by the image (VOLUME in its Dockerfile): docker would give the new container a fresh anonymous volume there; replace it with a volume instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount at {0} cannot be removed: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot image would declare the anonymous volume again: choose copy or discard to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymous volume {0} stays on disk, unused, with its data; remove it from the volumes view when you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume {0} and its data (only the mount goes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {0} on the host (only the mount goes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount at {0} comes from --volumes-from another container and cannot be replaced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already mounted at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymous volume {0} stays on disk, unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is mounted at {0} in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume {0} is already mounted in {1} at {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume {0} does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to mount must be an absolute path on the engine&apos;s machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder&apos;s path cannot contain “:” or “,”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mount type {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is paused: resume or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} keeps restarting: stop it first, then change its mounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1} and cannot be re-created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a task of the swarm service {1}: swarm would replace it. Change the service instead ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} belongs to the compose project {1} (service {2}): the next {3} re-creates it from the compose file and the mount is lost. Edit the compose file to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was started with --rm: the engine deletes it as soon as it stops, so if starting the new container then fails, the original cannot be brought back (the new one is left created under the same name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} depends on {1} ({2}): it keeps pointing at the old container. Re-create or restart {0} afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: the same image as before, by ID {0} ({1} now points elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: the same image as before, by ID {0} ({1} is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} refers to a container that no longer exists ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the write layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the write layer at {0} will be hidden under the new mount and are not copied.</source>
        <translation>
            <numerusform>%Ln file in the write layer at {0} will be hidden under the new mount and are not copied.</numerusform>
            <numerusform>%Ln files in the write layer at {0} will be hidden under the new mount and are not copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the write layer at {0} will be hidden under the new mount.</source>
        <translation>
            <numerusform>%Ln file in the write layer at {0} will be hidden under the new mount.</numerusform>
            <numerusform>%Ln files in the write layer at {0} will be hidden under the new mount.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted in the container come back from the image (copying does not replay deletions; a snapshot keeps them deleted).</source>
        <translation>
            <numerusform>%Ln file deleted in the container come back from the image (copying does not replay deletions; a snapshot keeps them deleted).</numerusform>
            <numerusform>%Ln files deleted in the container come back from the image (copying does not replay deletions; a snapshot keeps them deleted).</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot image ({0}) stays after the re-create: the new container is made from it. Remove it once the container is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container has secret environment values: volgui blanks them in the snapshot image&apos;s settings, but some engines (Docker 20.10 among them) also keep a full copy there that {0} shows. Choose copy to avoid it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) in the write layer will be lost.</source>
        <translation>
            <numerusform>%Ln change in the write layer will be lost.</numerusform>
            <numerusform>%Ln changes in the write layer will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} changed since the plan was made: nothing was done. Look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume {0} no longer exists: mounting it would create an empty one. Nothing was done: {1} is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volumes {0} no longer exist: mounting them would create empty ones. Nothing was done: {1} is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot image {0} could not be removed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot image {0} stays: the new container is made from it. Remove it together with the container ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine keeps a copy of the original container&apos;s settings in it, secret environment values included: whoever can use this engine can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original container was started with --rm and the engine deleted it when it stopped; the new container is kept under the name {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming the original back to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the original again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the snapshot image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the mounts of {0} failed while {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: {0} is back as it was, running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: {0} is back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original container may be named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting things back failed too — {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) is the original {2}; a container named {2} exists too (the new one, perhaps not complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) is the original {2}, still renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is taken by another container: look at both, remove the one you do not want, then restore {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares its IPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares its processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command cannot be split into words: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is neither a volume name nor an absolute folder path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown restart policy {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container removed when it stops (--rm) cannot also have a restart policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (the container was not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the tools image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools image {0} is built for {1} processors, but the engine runs {2} programs: a shell from it would not start. Choose or make a tools image for {2} (Volumes ▸ Tools image for fast backups…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine has no tools image, and volgui makes one only for an engine on this machine. Load one there, labelled {0}, to open shells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell helper did not start (exit code {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a debug shell for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a debug shell for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug shell for {0} — a helper container from {1}, not {0} itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shares {0}&apos;s processes and network; {0}&apos;s files are at {1},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its volumes at their own paths. Closing this tab removes the helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading busybox from the tools image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools image&apos;s busybox is larger than any busybox: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools image has no usable {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {0}&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying busybox into the helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug shell for {0} (stopped) — in a copy of its files, made for this shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes here are made in the copy, not in the container — except in its volumes,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which are the real ones. Closing this tab removes the helper and the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a shell in volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a shell in volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell in volume {0}, at {1} (read-only) — a helper container from {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell in volume {0}, at {1} (read-write) — a helper container from {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this tab removes the helper; the volume stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} is now volume {2} (%Ln item(s)): its files stay when the container is removed.</source>
        <translation>
            <numerusform>{0} of {1} is now volume {2} (%Ln item): its files stay when the container is removed.</numerusform>
            <numerusform>{0} of {1} is now volume {2} (%Ln items): its files stay when the container is removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} holds more than %Ln entries: too many to check the copy; nothing was changed.</source>
        <translation>
            <numerusform>{0} holds more than %Ln entry: too many to check the copy; nothing was changed.</numerusform>
            <numerusform>{0} holds more than %Ln entries: too many to check the copy; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of {0} in volume {1} differs from the original (missing: {2}; different: {3}): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole filesystem cannot be moved to a volume: choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already in {1}: its files already outlive the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a folder of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named {0} already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was started with --rm: stopping it would delete it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of {0} are safe in volume {1} and {2} now mounts it, but it did not start again: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has over %Ln entries; {0} writes a few for each layer.</source>
        <translation>
            <numerusform>It has over %Ln entry; {0} writes a few for each layer.</numerusform>
            <numerusform>It has over %Ln entries; {0} writes a few for each layer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not an image archive. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an image archive: it has no {1} ({2} makes one). Nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an image name, such as {0} or {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An image name is at most %Ln characters long.</source>
        <translation>
            <numerusform>An image name is at most %Ln character long.</numerusform>
            <numerusform>An image name is at most %Ln characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not an image name: use lowercase letters, digits, and . _ - between them; a tag follows a colon ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped sending progress before the transfer ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine ended the pull of {0} without the image: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a tag, not a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image {0} on this engine to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the engine&apos;s swarm state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the logs of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service mounts nothing at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volume</numerusform>
            <numerusform>%Ln volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln container</numerusform>
            <numerusform>%Ln containers</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>Started %Ln container{1}: {0}</numerusform>
            <numerusform>Started %Ln containers{1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>Stopped %Ln container{1}: {0}</numerusform>
            <numerusform>Stopped %Ln containers{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarted {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restarted %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>Restarted %Ln container{1}: {0}</numerusform>
            <numerusform>Restarted %Ln containers{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>Paused %Ln container{1}: {0}</numerusform>
            <numerusform>Paused %Ln containers{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpaused {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unpaused %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>Unpaused %Ln container{1}: {0}</numerusform>
            <numerusform>Unpaused %Ln containers{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Killed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Killed %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>Killed %Ln container{1}: {0}</numerusform>
            <numerusform>Killed %Ln containers{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>Removed %Ln container{1}: {0}</numerusform>
            <numerusform>Removed %Ln containers{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln volume(s){1}: {0}</source>
        <translation>
            <numerusform>Removed %Ln volume{1}: {0}</numerusform>
            <numerusform>Removed %Ln volumes{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln volume(s){1}: {0}</source>
        <translation>
            <numerusform>Deleted %Ln volume{1}: {0}</numerusform>
            <numerusform>Deleted %Ln volumes{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed for {1} of {2}; done: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the project {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the project&apos;s volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the project&apos;s networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0} failed, so nothing was removed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0} ({1}/{2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting its image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln containers are written;</source>
        <translation>
            <numerusform>Only the first %Ln container is written;</numerusform>
            <numerusform>Only the first %Ln containers are written;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) are not.</source>
        <translation>
            <numerusform>%Ln other are not.</numerusform>
            <numerusform>%Ln others are not.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspecting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpause {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is running: stop it first, or let volgui stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} was stopped but not removed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {0} is no longer on this engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by {0}: remove those containers first, or choose to remove them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container uses it now: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be a digest: use a name like {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the image&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring disk use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of {0} ({1}/{2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before “{0}” (a re-create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot of {0} failed, so the container was not touched: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0} failed, so the container was not touched: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder, export or share does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection (is the NFS or SMB service running there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached from the engine&apos;s machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused access (check the export&apos;s or share&apos;s permissions, the user and the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine is not allowed to mount this (a rootless engine cannot mount NFS or SMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel refused the mount options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine&apos;s kernel cannot mount this type (its module is not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not speak this protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount failed: {0} (the kernel said “{1}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui has no tools image on this engine to test the mount with (it is made from this machine&apos;s busybox, for local engines only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a scratch volume to test the mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the mount test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the mount test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume mounted, but it cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount works: a container mounted the volume and it can be read and written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount works: a container mounted the volume and it can be read (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the changes of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring volume sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting service {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a mount to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a mount from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing a mount of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of replicas from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a replicated service (it runs one task per node, or is a job): it cannot be scaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>environment: %Ln variable(s)</source>
        <translation>
            <numerusform>environment: %Ln variable</numerusform>
            <numerusform>environment: %Ln variables</numerusform>
        </translation>
    </message>
    <message>
        <source>labels: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published ports: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart policy: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory limit: {0} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log options ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other setting, sent back to the engine as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount: {0} at {1} read-only (pinned by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount: {0} at {1} (pinned by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount: {0} at {1} read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount: {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to {0} as {1} (from {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for {0} in {1}: anonymous access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for {0}: anonymous access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerFileTableModel</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerFilesFeature</name>
    <message>
        <source>Select one container to see its files — running or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of the selected container, and where each one lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See, preview, download and upload the container&apos;s files, and which of them live in its write layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s was removed, and the files of its write layer with it. Select a container to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerSummaryView</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Propagation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume {0} — click to select it in the volumes view
On the host: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — restarted {0} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
The full ID is in Raw JSON (Id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network: started with --network none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this mount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace its volume…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes and mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU · memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose project: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the selected volume: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This container mounts no volume: its files live only in its write layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written in the container (measured {0} ago). Removing the container deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the container&apos;s write layer: measured when the row is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live CPU and memory of the containers whose Stats tab you opened (volgui streams stats only for what it shows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter containers: name, image, label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only containers using the selected volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the containers that mount the volumes selected on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container uses the selected volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers are made from images (docker run). Create one to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop onto a container to mount it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure write layer again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContrastToggle</name>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White on black with a yellow selection, for more contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>volgui — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be saved to the log folder {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error and its details, to paste into a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside volgui itself (not in the Docker engine). You can keep working; please report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(It happened {0} times.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>Create volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume keeps data outside any container: it survives when containers are removed, and several containers can share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“local” stores the data on the engine&apos;s disk, or mounts what the kind below says. Other drivers come from plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to find the volume by, one key=value a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount these options once in a scratch volume, before creating anything, and say what the engine&apos;s kernel answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels and raw options: one key=value a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting the options once…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>Close the dialog without doing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these settings and close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do what this dialog shows (the equivalent command) and close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file in a file chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the folder in a folder chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command that does the same, to read or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrow keys move between rows; the Menu key opens the actions of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container may read the files in the volume but not change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container may change the files in the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list to read: the arrow keys move from row to row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running job (nothing is left half done), or close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectedBanner</name>
    <message>
        <source>&lt;b&gt;Not connected to a Docker engine&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskText</name>
    <message numerus="yes">
        <source>used by %Ln container(s)</source>
        <translation>
            <numerusform>used by %Ln container</numerusform>
            <numerusform>used by %Ln containers</numerusform>
        </translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskUseDialog</name>
    <message>
        <source>What takes space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much disk they use; the button removes {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the engine again how much disk each kind of object uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring (this reads every volume&apos;s files)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in all; the clean-ups below could free {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>%Ln second ago</numerusform>
            <numerusform>%Ln seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s) ago</source>
        <translation>
            <numerusform>%Ln week ago</numerusform>
            <numerusform>%Ln weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: its main process finished normally (exit code 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: killed after {0} s because it ignored the stop signal (exit code 137 = SIGKILL; Kill, or running out of memory, end a container the same way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: it obeyed the stop signal and ended (exit code 143 = SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: interrupted, as by Ctrl+C (exit code 130 = SIGINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: its command could not be run (exit code 126: not executable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: its command was not found in the image (exit code 127)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: ended by signal {0} (exit code {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: its main process ended with error code {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write layer is where a container keeps every file it creates or changes outside its volumes; it is deleted when the container is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot image is a new image made from the container as it is now (docker commit): the new container starts with exactly the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is stopped — its processes get up to {0} s to finish, as with docker stop — and the new one starts right after, usually within a second or two more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed (137)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker engine at {0} has not answered since {1} — it may be hung, overloaded or unreachable. volgui checks every few seconds and carries on when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of a compose project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose project: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config files: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriverForms</name>
    <message>
        <source>What the volume holds; the fields below change with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver&apos;s own (options below, if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB/CIFS share (Windows, Samba)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In memory (tmpfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the engine&apos;s machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for the driver, one key=value a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional) one key=value a line, e.g. type=tmpfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver &amp;options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS version the server speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as dots; Docker keeps it with the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMB version the server speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineListModel</name>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet — select it to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow (answers in {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect to the engine again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow — answers in {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine answers, but slowly; actions may take a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found via {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering since {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not secure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>{0} {1} (API {2}) at {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker engine answered. Tried:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnginesPanel</name>
    <message>
        <source>Engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an engine to connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an engine reached over SSH, TLS or a socket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected engine from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the engine “{0}” ({1})? Nothing on the engine itself is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: permission denied — is your user in the docker group? (log out and in again after adding it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: the socket does not exist — is the engine running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: connection refused — is the engine running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine at {0}: the server&apos;s SSH host key is not known — connect once with `ssh {1}` to check and accept it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine at {0}: its TLS certificate is not signed by the CA you gave (certificate verify failed) — check the CA certificate, or whether this is the right engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine at {0} did not answer in time — it may be overloaded or hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine at {0}: the TLS handshake failed — check the CA, client certificate and key ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine at {0}: SSH authentication failed — check your key and agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: {0} “{1}” — it may have been removed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found — it may have been removed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is taken by another container: choose another name, or remove that container first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in use: remove or stop the containers that use it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to this computer&apos;s disk: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file (.tar or .tar.gz) on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress (gzip) — smaller, slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a .tar.gz file: smaller, takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar archives (*.tar *.tar.gz *.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volume and a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s exists. Replace it when the backup is complete?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileBrowser</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder shown; type a path and press Enter to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder tree; Right opens a folder, Left closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of the folder; Enter opens a folder, the Menu key acts on the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the selected file, to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading /%s… %s read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is too much to drag: use Download… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%s — %s, %s in files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Docker glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker words and what they mean, one paragraph each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Show what would be removed, and remove it after you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} more not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. A clean-up of {2} frees {3}.{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>Record volume history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read volume history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageHistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the image, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} of them with files ({2} in all). Newest first; a step without files (ENV, CMD, LABEL…) only changed the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageJobDialog</name>
    <message>
        <source>Cancelled: nothing was left half done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSummaryView</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select {0} in the containers view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container uses this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;none&gt; (untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
The full ID is in Raw JSON (Id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <source>Repository:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;none&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageTransferDialog</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each layer of the image with how much of it has been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln layer(s) done</source>
        <translation>
            <numerusform>{0} of %Ln layer done</numerusform>
            <numerusform>{0} of %Ln layers done</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesController</name>
    <message>
        <source>Ima&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s)</source>
        <translation>
            <numerusform>Remove %Ln image</numerusform>
            <numerusform>Remove %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln unused image(s)</source>
        <translation>
            <numerusform>Prune %Ln unused image</numerusform>
            <numerusform>Prune %Ln unused images</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter images: tag, id, label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are pulled or built with docker; the ones on this engine are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file (.tar or .tar.gz) on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into a new volume named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into the existing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new volume with the name that follows and restore into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the chosen volume holds with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name no volume has yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume&apos;s files as they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is not a valid volume name (letters, digits, “_.-”, at least two characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named “%s” already exists: choose “into the existing volume” to overwrite its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the volume to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore special files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds device nodes or files that run with their owner&apos;s rights (set-user-ID or set-group-ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are restored only if you agree. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into “%s” writes the archive&apos;s %s over the volume&apos;s files. Files with the same names are replaced; other files stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>These files exist and will be overwritten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  … and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Only the archive&apos;s first %s were checked.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s files exist there now%s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first %d checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which files would be overwritten…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectPanel</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equivalent docker command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main facts, in sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine answered, as a tree to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring… (the engine walks every volume&apos;s files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not inspect {0} {1}:
{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure volume sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine did not report this volume&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Search keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path (like HostConfig.Binds[0])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy docker inspect --format command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value, its path, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringText</name>
    <message>
        <source>The desktop keyring cannot be used ({0}): the password is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is available (such as GNOME Keyring or KWallet): the password is asked each time and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>The lesson to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chosen lesson at its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command this step runs, to read or copy into a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this step&apos;s command for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next step of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what the lessons made: their containers, volumes and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list of Docker words and what they mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in the terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” runs for real on {1}: it creates containers and volumes named learn-… and removes them when you click “Clean up lesson” — also those named learn-… that you make during the lesson. Nothing made before it, or named otherwise, is touched. Start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a local image with a shell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — step {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Done — the engine shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson complete! Click “Clean up lesson” to remove what it made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for what the lesson made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what lesson {0} made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up removes what this lesson made: the containers and volumes it created itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and those named learn-… created since the lesson started ({0}), such as the ones you made following its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Anything made before the lesson, or named otherwise, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot, then clean up lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A container&apos;s write layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files created inside a container live in its write layer — and die with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container is a running copy of an image. Everything it changes goes into its own thin write layer on top of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Run container…”, or let the lesson do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal in the container and write a file. The file is stored in the container&apos;s write layer, not in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the container, “Open terminal”, type: echo hello &gt; /note.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a container deletes its write layer — every file created in it goes too. volgui&apos;s remove dialog lists exactly what would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See that the file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a new container from the same image: it starts from the image again, without /note.txt. To keep data, you need a volume — the next lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes keep data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume lives outside any container: remove the container, the data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume is storage that Docker manages apart from containers — like an external drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“New volume…” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a container with the volume mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The -v volume:/path form mounts the volume at /data inside the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the volume onto a container, or use “Run container…” with a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a file into the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything written under /data goes into the volume, not into the container&apos;s write layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container and its write layer go; the volume is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the same volume in a new container and read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is still there: volumes outlive containers and can be shared between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two volumes for two purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web server keeps its pages in one volume and its logs in another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the two volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate volumes let you back up, share or wipe content and logs independently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a web-server-like container with both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages at /usr/share/nginx/html, logs at /var/log/nginx — the paths nginx uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect both volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select each volume: the details panel shows its mountpoint on the host and which container uses it, and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive versus detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-d runs in the background; -i -t gives you a terminal connected to the main process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a detached container (-d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached containers run in the background; you see nothing unless you read their logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an interactive container (-i -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-i keeps its input open and -t gives it a terminal, so you can type into its shell (volgui&apos;s “Attach” action connects to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping versus removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping keeps the container and its files; removing deletes the container, never its volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a container with a volume and write into both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file goes into the write layer, one into the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stopped container keeps its write layer: /layer.txt is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the write layer is gone — but the volume and /data/vol.txt are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing a volume up and restoring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes survive containers, not a mistaken prune or a dead disk: keep backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put something worth keeping in a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume with one precious file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back it up to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui streams the volume&apos;s files into a tar archive on your disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the volume, “Back up…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it into a new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive brings back every file with its owner, mode and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Restore…” and choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineAnnouncer</name>
    <message numerus="yes">
        <source>%Ln new lines, the last: {0}</source>
        <translation>
            <numerusform>%Ln new lines, the last: {0}</numerusform>
            <numerusform>%Ln new lines, the last: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadImagesDialog</name>
    <message>
        <source>Load images from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back images that docker image save (or Save…) wrote into a tar file, gzip-compressed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tar file to load the images from, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an image archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagged images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: brings {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTextView</name>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrow keys move the current line; Ctrl+End goes to the newest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsFeature</name>
    <message>
        <source>What the selected container wrote, as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU, memory, network and disk use of the selected container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <source>Which part of the log to load (docker logs --tail / --since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when the engine received each line (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render ANSI colours (off: strip them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (all lines when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines shown to a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the view (the container&apos;s log is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a container to see its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — the log loads when this tab is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the log loads when the engine is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the log of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — paused while the tab is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was removed; the lines above are what was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running — the whole log is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not running: the log is complete. It resumes when the container starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream stopped: {0} — it resumes when the engine is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   {0:,} older lines no longer held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Older lines were no longer held: `docker logs {0} &gt; file` saves everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named storage that outlives containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images containers are made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute volume &amp;sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to a Docker engine&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is not answering since {0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists below show what was known at {0} and may be out of date. Actions are off until the engine answers again; volgui checks every few seconds and then reloads everything.
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MountDialog</name>
    <message>
        <source>Mount in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a mount from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a volume of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up its volumes first, into the Backups tab&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} into {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount {0} in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mount at &lt;b&gt;{0}&lt;/b&gt; from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the volume {0} at &lt;b&gt;{1}&lt;/b&gt; in {2}, instead of what is mounted there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a mount change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker cannot change the mounts of an existing container: volgui re-creates it with the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the write layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will be re-created with the same settings and restarted. It is running now, so {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will be re-created with the same settings. It is not running and will not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added, changed or deleted outside volumes since the container was created. Without care they would be lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written outside volumes: nothing to lose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling — putting everything back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MountDialogLayout</name>
    <message>
        <source>The volume to mount into the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder on the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount path in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in the container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of the re-create and what each one keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the container&apos;s write layer (outside volumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent commands, step by step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volumes it mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount and re-create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove and re-create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace and re-create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create the container with the changed mounts, as the steps above say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MountingController</name>
    <message>
        <source>&amp;Run container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start a new container from an image (docker run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount a volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a volume in the selected container (re-creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run this image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start a container from this image (docker run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} re-created in {1:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for interrupted mount changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mount change was interrupted (volgui was stopped in the middle). The original containers are safe, under a temporary name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted mount change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the name of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the mount change before quitting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodesView</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when… (volgui-backup follows the same choice when volgui is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when this happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsFeature</name>
    <message>
        <source>&amp;Notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which desktop notifications volgui shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectView</name>
    <message>
        <source>Every word must match the name, image or a label (key=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, image or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing related to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list appears when an engine answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Give the server: a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server “{0}” is not a host name or an IP address (letters, digits, “-” and “.” only; no commas, quotes or spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contains {1}: Docker passes it inside “o=…”, where it would start or change another mount option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be an absolute path, like /srv/data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contains a line break or is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may not contain “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS option “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is set by the form&apos;s server and version fields: remove it from the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS option “{0}” takes a whole number, as in {0}=600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS option “{0}” takes one of: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an NFS mount option volgui knows (see man 5 nfs): for example ro, hard, soft, noatime, timeo=600, proto=tcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS version {0} is not one of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share is its name on the server, like “backup” or “backup/folder” (no commas, quotes, “=” or spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name may not contain commas, quotes, “=”, spaces, “/”, “:” or “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB version {0} is not one of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker keeps these options with the volume, the password too: anyone who may use this engine can read it with “docker volume inspect”. volgui does not save it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size “{0}” is not a size: write 100m, 2g, 512k or 50%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode “{0}” is not an octal mode like 1777 or 755.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tmpfs volume lives in memory: its data is gone when the engine stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder must exist on the engine&apos;s machine; the test below checks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneNavigator</name>
    <message>
        <source>Go to pane {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to bottom tab {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Backup policy for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a backup is taken, like 6h or 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups are kept; older ones are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While volgui runs, due backups happen in the background. To back up when it is closed, install the timer: volgui-backup --install-timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scheduled backups of this volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Local Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default Docker socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the DOCKER_HOST variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman (rootless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman&apos;s Docker-compatible socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBackupDialog</name>
    <message>
        <source>Back up project {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every volume of the project {0} into one folder, each with a manifest the Backups tab lists and verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the project while backing up (a consistent copy), then start it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container that writes while it is copied can leave a broken backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} running: files they write during the copy may be caught half written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDownDialog</name>
    <message>
        <source>Remove project {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the containers and networks of {0}, as docker compose down does. Its volumes and their data are kept unless you tick below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove the project&apos;s volumes (their data is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back them up first (nothing is removed if a backup fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing what the project has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in any case (not made by the project): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove with volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups, or untick the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers and volumes that no compose project made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Compose projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter both views to this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every stopped container of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every running container of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart every container of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up all the project&apos;s volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the project&apos;s containers (docker compose down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as compose.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compose file that re-creates the project as it is now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneBuildCacheDialog</name>
    <message>
        <source>Prune build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cache makes the next build faster; removing it frees {0}. Entries a build uses now are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cache to remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune unused volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused volumes are those no container uses — running or stopped. Pruning deletes them and their data for good. Exactly the volumes listed below are deleted; one created meanwhile is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include named volumes (not only anonymous ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since Docker Engine 23 “docker volume prune” deletes only anonymous volumes unless you add --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding unused volumes and measuring them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Will delete:&lt;/b&gt; {0}, {1} of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volume</numerusform>
            <numerusform>%Ln volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>No unused volumes: there is nothing to prune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because containers use them: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like {0} on this engine, but only the volumes listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this engine (API {0}) “docker volume prune” also deletes unused named volumes: no prune command deletes only the anonymous ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneImagesDialog</name>
    <message>
        <source>Prune unused images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove images no container uses. Exactly the images listed are removed, nothing that appears meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged images only (left over when a tag moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image no container uses, tagged or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove only the images without a name: the list below shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every image no container uses, named ones too: the list below shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding unused images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, up to {1} (layers another image shares stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download an image from a registry: Docker Hub (busybox, nginx:1.27) or any other (registry.example.com/team/app:1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>Push an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload one tag of this image to the registry its name points to. Name it for another registry first with Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag to upload; its name says which registry receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PutBackDialog</name>
    <message>
        <source>Put back the files of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roll back of {0} was stopped (the engine or the machine stopped) after it had moved every file of the volume into the folder {1}, while it restored the snapshot beside it.

volgui first takes a snapshot of the volume as it is now, so this can be undone too. Then it removes what the roll back restored beside the folder (and anything written since), moves the files back and gives the volume its own mode, owner and time again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roll back of {0} was stopped (the engine or the machine stopped) while it moved the volume&apos;s files into the folder {1}: some are in that folder, the others where they were.

volgui first takes a snapshot of the volume as it is now, then moves the folder&apos;s files back beside the others. Nothing is removed: if a name is in both places, nothing is changed and volgui says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot, then move the folder&apos;s files back into the volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteFolderDialog</name>
    <message>
        <source>Remote backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups on another machine over SFTP (sftp://user@server/folder), or in an S3-compatible bucket (s3+https://KEYID@server/bucket/folder). An SSH server&apos;s host key must already be known (connect once with ssh); keys from your SSH agent or ~/.ssh/config are tried before a password. For S3 the password is the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only if the server asks for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring, so it is not asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveContainersDialog</name>
    <message>
        <source>Remove container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}? {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files changed in the write layer, lost with the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the write layer (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volumes these containers use; removing the containers keeps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what each container changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost:&lt;/b&gt; {0} in the write layer (added, changed or deleted inside the container, outside its volumes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed file(s)</source>
        <translation>
            <numerusform>%Ln changed file</numerusform>
            <numerusform>%Ln changed files</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost:&lt;/b&gt; nothing — no file was changed in the write layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes of some containers could not be read — they are lost too: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added, {1} changed, {2} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — also used by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; {0} — the data stays and can be mounted into another container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volume</numerusform>
            <numerusform>%Ln volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; no volumes are mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host folders mounted in are not touched: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove {0} (data lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous volume(s)</source>
        <translation>
            <numerusform>%Ln anonymous volume</numerusform>
            <numerusform>%Ln anonymous volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous volumes were created with the container (docker run -v /path) and have a long random name; no other container uses these. They are kept unless you tick this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: {0} — stopped first (like docker stop), then removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveImagesDialog</name>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removed image can be pulled again if a registry has it; one made here (built, committed, loaded) is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these containers too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the containers listed above first, then the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding its containers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed file(s)</source>
        <translation>
            <numerusform>%Ln changed file</numerusform>
            <numerusform>%Ln changed files</numerusform>
        </translation>
    </message>
    <message>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} made from it: the engine refuses to remove an image a container uses. Remove them first, or here with it (running ones are stopped; their named volumes are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln container</numerusform>
            <numerusform>%Ln containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveVolumesDialog</name>
    <message>
        <source>Remove volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in a removed volume is deleted for good. Back it up first if you may need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the volumes (docker system df -v)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deleted:&lt;/b&gt; {0}, {1} of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volume</numerusform>
            <numerusform>%Ln volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” ({1}) is in use by {2}: remove those containers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume cannot be removed while a container uses it — even a stopped one. Removing the container keeps the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestartDialog</name>
    <message>
        <source>Restart a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every task of {0} with a new one, although nothing in the service changed (a forced update).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll {0} back to the snapshot of {1} ({2})?

volgui first takes a safety snapshot of the volume as it is now, so this can be undone too. Then it empties the volume and restores the snapshot exactly: every file, folder and link with its owner, mode and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running containers use this volume: {0}. What they write during the roll back may be lost, and they may not expect their files to change under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop them during the roll back and start them again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the volume back as it was at this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Run a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new container from an image and starts it (docker run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to run: pick one from the list or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: docker picks a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the image&apos;s default command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the background (-d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive, with a terminal (-i -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the container and leave it running on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the container and open a terminal into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to mount one more volume into the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables for the container, one NAME=value a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8080:80, 127.0.0.1:5432:5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the engine starts the container again after it stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the container when it stops (--rm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left behind: the container and its write layer go when it stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command (updated as you type):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start the container as the command below says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous volume has no name; with --rm it is removed with the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous volume has no name: it is kept when the container is removed, but only its random ID finds it again. Give it a name to keep the data easy to find.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveComposeDialog</name>
    <message>
        <source>Save as compose.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compose file that re-creates {0} as the engine has it now. Bring it up with docker compose; settings compose cannot express are listed below the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where compose.yaml is written, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets as ${VAR} references, their values in .env beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep passwords and tokens out of compose.yaml, in the .env file beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret values in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values instead of dots in the preview below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of compose.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file will hold, to read before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What compose.yaml will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the .env file will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the containers&apos; settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># no secrets: no .env is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already in {1}. Replace?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveImagesDialog</name>
    <message>
        <source>Save images to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {0} ({1}) into one tar file; Load… on another engine brings them back without a registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tar file the images are written to, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} into {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tasks of {0} should run? The orchestrator starts or stops tasks until that many run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceMountDialog</name>
    <message>
        <source>Mount a volume into a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a mount of a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a mount from a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the volume into every task of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount another volume in place of the one at {1} in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop mounting {1} in the tasks of {0}. The volume and its data stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path in the tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already mounted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local volume exists on each node apart: a task that moves to another node gets that node&apos;s copy of the volume, created empty if it is not there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the volume to mount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode · running/desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes and mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts the selected volume: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services: name, stack, image, volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only services using the selected volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the services that mount the volumes selected in the Volumes view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service mounts the selected volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services are made with docker service create or docker stack deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop onto a service to mount the volume in its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already mounts {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellsFeature</name>
    <message>
        <source>&amp;Debug shell (even without a shell in the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell in a helper container that shares this container&apos;s processes, network and volumes; its files are at /proc/1/root. For a stopped container: a shell in a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;shell in this volume (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helper container with the volume at /volume, read-only: look around without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shell in this volume (read-&amp;write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helper container with the volume at /volume; what you change there is changed in the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a debug shell in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shell in volume %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the shell helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts that act on a list (Delete) work while that list has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeRequests</name>
    <message>
        <source>Measure write layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute volume sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>List containers, volumes and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch changed objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsFeature</name>
    <message>
        <source>Snapshot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a verified copy of the volume to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots and roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume&apos;s snapshots: roll back, or see what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot its volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot of every volume the container mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a snapshot of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %Ln volume(s)</source>
        <translation>
            <numerusform>Snapshot of %Ln volume</numerusform>
            <numerusform>Snapshot of %Ln volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot taken of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot, then {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the files of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a volume first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected container mounts no volume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a running container to see its CPU, memory and I/O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — stats load when this tab is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not running: no live figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: stats resume when the engine is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sample of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — paused while the tab is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats stopped: {0} — they resume when the engine is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read {0}  written {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main facts of the selected object, in sections; links open what they name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a secret: masked until you click Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values of variables that look secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwarmFeature</name>
    <message>
        <source>Swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services, tasks and nodes of the swarm this engine belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;warm services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a mount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a mount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the engine whether it manages a swarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine is a swarm worker: only a manager lists services, tasks and nodes. The containers of its tasks and its own copies of their volumes are in the Containers and Volumes views; back a volume up here to save this node&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine is not a swarm manager (swarm state: {0}). Services, tasks and nodes are listed by a manager: connect to one, or make this engine one with docker swarm init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm manager: {0}, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} objects could not be read and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes of {0} per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one service that mounts something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>an action, then the service it acts on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the orchestrator is updating the tasks ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the last {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, the newest last; each names its task (service.slot.task-id@node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut at its size limit: the newest lines are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwarmLoader</name>
    <message>
        <source>Listing swarm services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwarmPanel</name>
    <message>
        <source>Scale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how many tasks of the service run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every task (docker service update --force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last lines of every task of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service as the engine describes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the services, tasks and nodes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up this volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks of the selected service and where each runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines of the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which volume each node holds for the selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tasks of the selected service wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected service as the engine describes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagImageDialog</name>
    <message>
        <source>Tag image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {0} another name: a new version (app:1.3), or a registry&apos;s name to push it there (registry.example.com/team/app:1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be a digest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tasks, with the node each runs on, show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalFeature</name>
    <message>
        <source>Open &amp;terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shell in the selected container (docker exec -it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach to main process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to the container&apos;s main process (docker attach); closing the tab detaches without stopping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;command in container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command of your choice with a terminal (docker exec -it CONTAINER COMMAND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in s&amp;ystem terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run docker exec -it in your desktop&apos;s terminal emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name or ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to run (e.g. top, or psql -U postgres):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell inside the container: what you type runs there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalTab</name>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run docker exec -it in your desktop&apos;s terminal emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a Docker engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a shell in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equivalent docker command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} stopped (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it, then reopen the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} exited with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} stopped (exit code {code}). Start it, then reopen the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalWidget</name>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell inside the container: what you type runs there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear scrollback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Snapshots of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is a verified copy of the volume that volgui keeps in its data folder. Roll back to one to undo what happened since (volgui takes a safety snapshot first), or see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the volume&apos;s files back from the folder the roll back left them in (after a snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first: time, size, what was running, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the new snapshot (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the new snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of the volume now, with the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the volume since the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the volume back as it was in the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected snapshot&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted roll back left the volume&apos;s files in the folder {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots of {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a snapshot of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot taken: {0}, {1}. {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot of {0} from {1}? It cannot be rolled back to afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a snapshot of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling {0} back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled {0} back to the snapshot of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state before is kept as a safety snapshot (at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped and started again: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting back the files of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of {0} are back from the folder {1}. The volume as it was before is kept as a snapshot (at the top).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsImageDialog</name>
    <message>
        <source>Tools image for fast backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the engine&apos;s images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for volgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one from this machine&apos;s busybox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List images for the tools image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui can make its own (%s) from %s; nothing is downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui cannot make its own here: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labelled for volgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by volgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restores use the fast way with %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools image: backups and restores use the slower way through the engine&apos;s archive API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {0} for fast backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make volgui&apos;s tools image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the chosen tools image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Stop them while copying (up to 10 s each; open terminals end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are started again when the copy is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same with docker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equivalent command line, to script the same work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume: pick one from the list or type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Running containers use this volume: %s.&lt;/b&gt; Files copied while a program writes them (a database, for example) may not match each other; stopping the containers while copying avoids that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled — nothing was left half done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeBrowserDialog</name>
    <message>
        <source>Files of volume %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeDataFeature</name>
    <message>
        <source>Browse files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See, preview, download and upload the files of the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the volume&apos;s files to a .tar or .tar.gz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a .tar or .tar.gz backup into a new or existing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the volume&apos;s files into a new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the helper image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui makes a tiny empty image (volgui/helper:1) to reach volume files, and volgui/tools:1 from this machine&apos;s busybox for fast backups; both are made again when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools image for fast backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image volgui runs tar in to copy volume data fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper image removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no helper image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {0} for fast backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leftover helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln helper container(s) left by an earlier run.</source>
        <translation>
            <numerusform>Removed %Ln helper container left by an earlier run.</numerusform>
            <numerusform>Removed %Ln helper containers left by an earlier run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeErrors</name>
    <message>
        <source>This is not a tar archive volgui can read ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climbs out of the folder with “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was refused: {1} would be written outside the volume or through a link — {2}. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hard link to {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written through the symbolic link {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: a device node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-user-ID and set-group-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-user-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-group-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (owned by root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device node(s) or set-ID file(s)</source>
        <translation>
            <numerusform>%Ln device node or set-ID file</numerusform>
            <numerusform>%Ln device nodes or set-ID files</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} holds {1}: {2}. Nothing was restored: restore the archive with “Restore…” on the volume, which lists them and asks before restoring them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds more than {0}: not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive ends inside a file: it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive {0} could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: missing after restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} {2} became {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: appeared after restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive {0} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s checksum does not match its manifest: it was changed or damaged after the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s contents do not match its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) after restoring: {0}</source>
        <translation>
            <numerusform>%Ln difference after restoring: {0}</numerusform>
            <numerusform>%Ln differences after restoring: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored {0} into a scratch volume: all match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification result cannot be written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0} ({1}/{2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0} failed, so nothing was deleted: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine sent an unreadable archive of {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} leads out of volume {1} through a symbolic link: refused, nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/{0} cannot be followed (a symbolic link that loops?): {1} refused, nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has too many symbolic links (a loop?): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar exited with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading volume {0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into {0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds more than {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/{0} does not exist in volume {1} (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0} failed: HTTP {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is empty or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the volume&apos;s root with “Back up…” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0} failed: the archive did not hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder /{0} does not exist in volume {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading into {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume&apos;s root already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/{0} already exists in volume {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating folder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume&apos;s root cannot be deleted (remove the volume instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/{0} is the volume&apos;s root: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this engine does not remove paths through its archive API. Use: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting {0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the helper image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the helper image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the helper image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a tools image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no volume named “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing access to volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for leftover helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume history ({0}) is locked by another program: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume history file was damaged ({0}); it was moved to {1} and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume history was written by a newer volgui (schema {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume history could not be updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by {0} at {1} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by {0} at {1} (read-only) (removed {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by {0} at {1} (removed {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a listing helper for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the listing helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing of /{0} arrived incomplete ({1} tries): refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing /{0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing of /{0} arrived incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder changed while it was listed: refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is a JSON {0}, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a volgui backup manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “{0}” is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “{0}” is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “running” is not a list of at most {0} container names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “{0}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “created” time is not an ISO time with a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names the archive “{0}”, not the file it belongs to ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “archive_sha256” is not a sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “files” is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry for {0} is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry for {0} has a “{1}” that is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry for {0} has a “{1}” that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “verification” is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its verification result is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its verification “{0}” is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest {0} is larger than {1} MB: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest {0} is not valid JSON: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest {0} was skipped: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive ends inside an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an interval: use a number of hours or days, like 6h or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup policies in {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup policies in {0} are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is missing or not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest was not written by volgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest records no size or checksum to recognise the archive by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not have the size its manifest records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not have the checksum its manifest records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An S3 folder is written s3+https://KEYID@server/bucket/folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an S3 folder: write s3+https://KEYID@server/bucket/folder (the secret key is asked for, never written in the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the S3 server: s3+https://KEYID@server/bucket/folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a bucket name (3-63 lower-case letters, digits, “.”, “-”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder inside the bucket may not contain empty parts, “.” or “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a file name in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} refused the key for bucket {1}: check the key id and secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bucket “{0}” on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be used: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 folders need the boto3 package: pip install &apos;volgui[s3]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key of {0} for {1} is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in bucket {1} is larger than {2} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SFTP folder is written sftp://user@host/path/to/folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an SFTP folder: write sftp://user@host/path/to/folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the address: volgui asks for it and keeps it in the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SFTP folder&apos;s address has no “?” or “#” part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in “{0}” is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user: sftp://user@host/path (letters, digits, “.”, “_”, “-”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder as an absolute path without “..”: sftp://user@host/srv/backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of {0} has CHANGED since it was saved in known_hosts: someone may be pretending to be the server. Check with its administrator; volgui sent nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of {0} is not known: connect once with `{1}` to check and accept it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} refused the login: check the user, key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} refused the connection: is an SSH server running there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be reached: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} on {1} cannot be opened: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1} is larger than {2} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back whole from the written file: {0}, every file&apos;s sha256 recorded (not restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of {0} ({1}/{2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot failed, so nothing was changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s archive cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not have the checksum its manifest records: it was changed or damaged, so it is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s archive {0} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety snapshot of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before rolling back to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} The safety snapshot {1} was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring what changed in {0}: {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed: the engine did not accept the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has a header of {0} bytes (a pax or long-name header; at most {1} are accepted). It is damaged or was made to exhaust memory, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has a malformed pax header, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s pax field “{0}” is not a number, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s pax field “{0}” is out of range, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an ELF program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has an ELF header volgui does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has a truncated ELF header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an executable program (ELF type {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELF machine {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is built for {1} but the engine runs {2}: it would not start there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has program headers volgui does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has program headers past the part volgui reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is dynamically linked (it needs a loader and libraries): it would not start in an image that holds nothing else. A static busybox (e.g. the busybox-static package) is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1} bytes: too big for a busybox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no {1} applet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no busybox (e.g. the busybox-static package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for volgui&apos;s tools image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui cannot make its tools image: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making volgui&apos;s tools image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder: choose a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring folder times in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a valid gzip file: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing users of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some containers did not start again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups could not be removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in {0} since its last backup ({1}): skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln volgui backup(s) in {0}.</source>
        <translation>
            <numerusform>Connected: %Ln volgui backup in {0}.</numerusform>
            <numerusform>Connected: %Ln volgui backups in {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>before putting back an interrupted roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting back the entries of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a lesson&apos;s clean-up removed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not on this machine: the fast way is for local engines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not on this machine: volgui makes its tools image for local engines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restoring {0} over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll back of {0} stopped half way and its entries could not be put back: they are in the folder {1} inside the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a folder a roll back left aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roll back of {0} is running: try again when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the entries back needs an image with a shell: choose one with &quot;Tools image for fast backups…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting back the entries of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} is not in {1} (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: these names are both in the folder {0} and beside it in {1} (%Ln in all): {2}. Move or rename them, then put back again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Putting back the entries of {0} from the folder {1} stopped half way (exit code {2}): put back again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeHistoryDialog</name>
    <message>
        <source>History of volume {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers that used the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume “{0}”: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container has been seen using “{0}” while volgui was running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeInstanceModel</name>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeInstancesView</name>
    <message>
        <source>Volumes per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service that mounts volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local volume exists on each node apart: which nodes hold a copy shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeRow</name>
    <message>
        <source>volume name or /host/folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name (a new one is created), an absolute folder on the engine&apos;s machine (bind mount), or “{0}” from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume or host folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume to mount, or a folder on the engine&apos;s machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this volume from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume for {0} has no name: choose a volume or type a name for a new one (or pick “{1}” in the list if you really want data without a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeSummaryView</name>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the engine for disk usage (docker system df -v). It walks every volume&apos;s files, which can take a while on big hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select {0} in the containers view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container uses this volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — created for a container without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, measured {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous volume: Docker named it when a container (or its image) asked for a volume without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the host: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container uses this volume (prune would delete it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at {1}{2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes are measured on demand (Compute sizes): it reads every file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>{0} (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is in use by {1} — remove those containers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists: choose another name (Docker would quietly reuse the existing one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <source>Compute sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure every volume (docker system df -v). It reads all files, so it can take a while on big volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter volumes: name, container, label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only volumes of the selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the volumes mounted by the containers selected on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected container mounts no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volumes yet — create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume keeps data apart from any container: it survives when a container is removed and can be shared between containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FolderRow</name>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Back up first, into the Backups tab&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into {0}. Each volume is saved to a verified-ready archive before it is deleted; if a backup fails, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot first, so this can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgui keeps a verified copy of {0} in its snapshots; roll back to it from the volume&apos;s “Snapshots and roll back…”. If the snapshot fails, nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx.window</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up volumes into a folder, verify and restore the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the engine says about the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that walk through Docker step by step, and a glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Backups folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder on this computer that receives one backup file per volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What volgui asked the engine, with the result and the docker command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About volgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short guided lessons in the Learn tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker &amp;glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which containers used this volume, where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show docker commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the equivalent docker command in every action&apos;s dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
