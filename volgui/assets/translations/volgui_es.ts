<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>Iniciar los contenedores seleccionados</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the selected containers (they get 10 seconds to finish)</source>
        <translation>Detener los contenedores seleccionados (tienen 10 segundos para terminar)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Restart the selected containers</source>
        <translation>Reiniciar los contenedores seleccionados</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Freeze the processes of the selected containers</source>
        <translation>Congelar los procesos de los contenedores seleccionados</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Let the paused containers run again</source>
        <translation>Dejar que los contenedores en pausa sigan ejecutándose</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>&amp;Matar</translation>
    </message>
    <message>
        <source>Stop the selected containers at once (SIGKILL), without letting them finish</source>
        <translation>Detener de inmediato los contenedores seleccionados (SIGKILL), sin dejarles terminar</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>Iniciar {0}</translation>
    </message>
    <message>
        <source>Stop {0}</source>
        <translation>Detener {0}</translation>
    </message>
    <message>
        <source>Restart {0}</source>
        <translation>Reiniciar {0}</translation>
    </message>
    <message>
        <source>Pause {0}</source>
        <translation>Pausar {0}</translation>
    </message>
    <message>
        <source>Unpause {0}</source>
        <translation>Reanudar {0}</translation>
    </message>
    <message>
        <source>Kill {0}</source>
        <translation>Forzar el fin de {0}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Eliminar {0}</translation>
    </message>
    <message>
        <source>Re&amp;move container…</source>
        <translation>Eli&amp;minar contenedor…</translation>
    </message>
    <message>
        <source>Remove the selected containers (shows what is lost and kept first)</source>
        <translation>Eliminar los contenedores seleccionados (primero muestra lo que se pierde y lo que se conserva)</translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation>&amp;Nuevo volumen…</translation>
    </message>
    <message>
        <source>Create a volume</source>
        <translation>Crear un volumen</translation>
    </message>
    <message>
        <source>Remove &amp;volume…</source>
        <translation>Eliminar &amp;volumen…</translation>
    </message>
    <message>
        <source>Remove the selected volumes and their data</source>
        <translation>Eliminar los volúmenes seleccionados y sus datos</translation>
    </message>
    <message>
        <source>&amp;Prune unused volumes…</source>
        <translation>&amp;Depurar volúmenes sin usar…</translation>
    </message>
    <message>
        <source>Delete volumes no container uses (lists them first)</source>
        <translation>Borrar los volúmenes que ningún contenedor usa (primero los enumera)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>A read-only template: the files and settings a container starts from.</source>
        <translation>Una plantilla de solo lectura: los archivos y la configuración con los que arranca un contenedor.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>A running (or stopped) copy of an image, with its own thin write layer.</source>
        <translation>Una copia en ejecución (o detenida) de una imagen, con su propia capa de escritura fina.</translation>
    </message>
    <message>
        <source>Write layer</source>
        <translation>Capa de escritura</translation>
    </message>
    <message>
        <source>Where a container keeps every file it creates or changes. It is deleted when the container is removed — stopping keeps it.</source>
        <translation>Donde un contenedor guarda cada archivo que crea o cambia. Se borra cuando se elimina el contenedor; detenerlo la conserva.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Storage managed by Docker apart from any container. It survives container removal and can be mounted into several containers.</source>
        <translation>Almacenamiento que gestiona Docker aparte de cualquier contenedor. Sobrevive a la eliminación de contenedores y puede montarse en varios contenedores.</translation>
    </message>
    <message>
        <source>Anonymous volume</source>
        <translation>Volumen anónimo</translation>
    </message>
    <message>
        <source>A volume Docker created without a name (a long hex id), usually because the image declares one. Kept when its container is removed unless you ask.</source>
        <translation>Un volumen que Docker creó sin nombre (un ID hexadecimal largo), normalmente porque la imagen declara uno. Se conserva al eliminar su contenedor salvo que pidas lo contrario.</translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation>Montaje bind</translation>
    </message>
    <message>
        <source>A folder of the host mounted into a container (-v /host/path:/path).</source>
        <translation>Una carpeta del anfitrión montada en un contenedor (-v /ruta/anfitrión:/ruta).</translation>
    </message>
    <message>
        <source>Snapshot image</source>
        <translation>Imagen instantánea</translation>
    </message>
    <message>
        <source>An image made from a container as it is now (docker commit), so a new container can start with exactly the same files.</source>
        <translation>Una imagen hecha de un contenedor tal como está ahora (docker commit), para que un contenedor nuevo arranque exactamente con los mismos archivos.</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Ruta de montaje</translation>
    </message>
    <message>
        <source>Where a volume appears inside the container, e.g. /data.</source>
        <translation>Donde aparece un volumen dentro del contenedor, p. ej. /data.</translation>
    </message>
    <message>
        <source>Detached (-d)</source>
        <translation>En segundo plano (-d)</translation>
    </message>
    <message>
        <source>The container runs in the background; you read its logs to see output.</source>
        <translation>El contenedor se ejecuta en segundo plano; lees sus registros para ver la salida.</translation>
    </message>
    <message>
        <source>Interactive (-i -t)</source>
        <translation>Interactivo (-i -t)</translation>
    </message>
    <message>
        <source>Keeps input open and gives the container a terminal, so you can type into it.</source>
        <translation>Mantiene la entrada abierta y da al contenedor un terminal, para que puedas escribir en él.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>Delete everything of a kind that nothing uses — for volumes: every unused volume and its data.</source>
        <translation>Borrar todo lo de un tipo que nada usa; para volúmenes: cada volumen sin usar y sus datos.</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>A volume mounted by a container, even a stopped one, cannot be removed: remove the container first.</source>
        <translation>Un volumen montado por un contenedor, aunque esté detenido, no se puede eliminar: elimina primero el contenedor.</translation>
    </message>
    <message>
        <source>Select a container, volume or image to see its details</source>
        <translation>Selecciona un contenedor, un volumen o una imagen para ver sus detalles</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Prune unused images…</source>
        <translation>Depurar imágenes sin usar…</translation>
    </message>
    <message>
        <source>images no container uses (a row&apos;s size leaves out the layers it shares)</source>
        <translation>imágenes que ningún contenedor usa (el tamaño de una fila no cuenta las capas que comparte)</translation>
    </message>
    <message>
        <source>Containers&apos; write layers</source>
        <translation>Capas de escritura de los contenedores</translation>
    </message>
    <message>
        <source>Remove stopped containers…</source>
        <translation>Eliminar contenedores detenidos…</translation>
    </message>
    <message>
        <source>stopped containers</source>
        <translation>contenedores detenidos</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volúmenes</translation>
    </message>
    <message>
        <source>Prune unused volumes…</source>
        <translation>Depurar volúmenes sin usar…</translation>
    </message>
    <message>
        <source>volumes no container uses</source>
        <translation>volúmenes que ningún contenedor usa</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Caché de compilación</translation>
    </message>
    <message>
        <source>Prune build cache…</source>
        <translation>Depurar la caché de compilación…</translation>
    </message>
    <message>
        <source>cache no build uses</source>
        <translation>caché que ninguna compilación usa</translation>
    </message>
    <message>
        <source>&amp;Pull image…</source>
        <translation>&amp;Descargar imagen…</translation>
    </message>
    <message>
        <source>Download an image from a registry (docker image pull)</source>
        <translation>Descargar una imagen de un registro (docker image pull)</translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation>S&amp;ubir…</translation>
    </message>
    <message>
        <source>Upload a tag of the selected image to its registry</source>
        <translation>Subir una etiqueta de la imagen seleccionada a su registro</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Etiquetar…</translation>
    </message>
    <message>
        <source>Give the selected image another name</source>
        <translation>Dar otro nombre a la imagen seleccionada</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>The selected image&apos;s layers and the steps that made them</source>
        <translation>Las capas de la imagen seleccionada y los pasos que las crearon</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Guardar en archivo…</translation>
    </message>
    <message>
        <source>Write the selected images into a tar file</source>
        <translation>Escribir las imágenes seleccionadas en un archivo tar</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Cargar desde arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Load images from a tar file made by docker image save</source>
        <translation>Cargar imágenes desde un archivo tar hecho con docker image save</translation>
    </message>
    <message>
        <source>Re&amp;move image…</source>
        <translation>Eli&amp;minar imagen…</translation>
    </message>
    <message>
        <source>Remove the selected images (names the containers that use them)</source>
        <translation>Eliminar las imágenes seleccionadas (nombra los contenedores que las usan)</translation>
    </message>
    <message>
        <source>Prune unused &amp;images…</source>
        <translation>Depurar &amp;imágenes sin usar…</translation>
    </message>
    <message>
        <source>Remove images no container uses (lists them first)</source>
        <translation>Eliminar las imágenes que ningún contenedor usa (primero las enumera)</translation>
    </message>
    <message>
        <source>&amp;What takes space…</source>
        <translation>&amp;Qué ocupa espacio…</translation>
    </message>
    <message>
        <source>Disk use of images, containers, volumes and build cache (docker system df -v)</source>
        <translation>Uso de disco de imágenes, contenedores, volúmenes y caché de compilación (docker system df -v)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About volgui</source>
        <translation>Acerca de volgui</translation>
    </message>
    <message>
        <source>Manage Docker containers and volumes by pointing and clicking — and learn the docker command behind every click.</source>
        <translation>Gestiona contenedores y volúmenes de Docker con el ratón, y aprende el comando docker detrás de cada clic.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copiar versiones</translation>
    </message>
    <message>
        <source>Copy the versions of volgui, Qt, Python and the engine, for a bug report</source>
        <translation>Copiar las versiones de volgui, Qt, Python y el motor, para un informe de error</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Asking the engine…</source>
        <translation>Consultando al motor…</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspeccionar</translation>
    </message>
    <message>
        <source>Show the selected {0}&apos;s details in the Inspect panel</source>
        <translation>Mostrar los detalles de {0} en el panel Inspeccionar</translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation>Eliminar contenedor</translation>
    </message>
    <message>
        <source>Remove volume</source>
        <translation>Eliminar volumen</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation>&amp;Contenedor</translation>
    </message>
    <message>
        <source>Vo&amp;lume</source>
        <translation>Vo&amp;lumen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln contenedor</numerusform>
            <numerusform>%Ln contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Created volume {0}</source>
        <translation>Volumen {0} creado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} falló: {1}</translation>
    </message>
    <message>
        <source>Nothing else was changed. The Activity tab keeps the details.</source>
        <translation>No se cambió nada más. La pestaña Actividad guarda los detalles.</translation>
    </message>
    <message>
        <source>Kill stops the processes at once, without letting them save their work. Prefer Stop unless a container does not react.</source>
        <translation>Matar detiene los procesos de inmediato, sin dejarles guardar su trabajo. Prefiere Detener salvo que un contenedor no responda.</translation>
    </message>
    <message>
        <source>{0} these containers?</source>
        <translation>¿{0} estos contenedores?</translation>
    </message>
    <message>
        <source>Create volume {0}</source>
        <translation>Crear el volumen {0}</translation>
    </message>
    <message>
        <source>before removing it</source>
        <translation>antes de eliminarlo</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln volume(s)</source>
        <translation>
            <numerusform>Eliminar %Ln volumen</numerusform>
            <numerusform>Eliminar %Ln volúmenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove volume {0}</source>
        <translation>Eliminar el volumen {0}</translation>
    </message>
    <message>
        <source>before pruning it</source>
        <translation>antes de limpiar los volúmenes sin usar</translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln unused volume(s)</source>
        <translation>
            <numerusform>Depurar %Ln volumen sin usar</numerusform>
            <numerusform>Depurar %Ln volúmenes sin usar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: nothing was backed up or deleted.</source>
        <translation>Sin conexión: no se hizo copia ni se borró nada.</translation>
    </message>
    <message>
        <source>Back up, then {0}</source>
        <translation>Hacer copia y después: {0}</translation>
    </message>
    <message>
        <source>Back up first</source>
        <translation>Hacer copia primero</translation>
    </message>
    <message>
        <source>Snapshot first</source>
        <translation>Instantánea primero</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Hecho: {0}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>What volgui asked the engine, newest last, with the result of each request</source>
        <translation>Lo que volgui pidió al motor, lo más reciente al final, con el resultado de cada petición</translation>
    </message>
    <message>
        <source>Nothing done yet. Each action you take appears here with its docker command and its result.</source>
        <translation>Aún no se ha hecho nada. Cada acción aparece aquí con su comando docker y su resultado.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <source>Copy the selected command to paste it into a terminal</source>
        <translation>Copiar el comando seleccionado para pegarlo en un terminal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove finished entries from the log</source>
        <translation>Quitar del registro las entradas terminadas</translation>
    </message>
</context>
<context>
    <name>AddEngineDialog</name>
    <message>
        <source>Add engine</source>
        <translation>Añadir motor</translation>
    </message>
    <message>
        <source>e.g. build server</source>
        <translation>p. ej. servidor de compilación</translation>
    </message>
    <message>
        <source>A name of your choice, shown in the list of engines</source>
        <translation>Un nombre a su elección, que se muestra en la lista de motores</translation>
    </message>
    <message>
        <source>Where the engine answers: an ssh://, tcp:// or unix:// address</source>
        <translation>Dónde responde el motor: una dirección ssh://, tcp:// o unix://</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado de la CA:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clave de cliente:</translation>
    </message>
    <message>
        <source>Verify the engine&apos;s certificate (recommended)</source>
        <translation>Verificar el certificado del motor (recomendado)</translation>
    </message>
    <message>
        <source>Refuse an engine whose certificate the CA above did not sign</source>
        <translation>Rechazar un motor cuyo certificado no firmó la CA de arriba</translation>
    </message>
    <message>
        <source>SSH uses your ~/.ssh/config and known_hosts; only paths to certificates are saved, never keys or passwords.</source>
        <translation>SSH usa tu ~/.ssh/config y known_hosts; solo se guardan rutas a certificados, nunca claves ni contraseñas.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Try to connect with these settings and show what answered</source>
        <translation>Intentar conectar con estos ajustes y mostrar qué respondió</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The path of the file on this computer</source>
        <translation>La ruta del archivo en este equipo</translation>
    </message>
    <message>
        <source>Choose the file for {0}</source>
        <translation>Elegir el archivo para {0}</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Conectando con {0}…</translation>
    </message>
    <message>
        <source>✔ Connected: {0}</source>
        <translation>✔ Conectado: {0}</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ verificada</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ falló</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Select a backup to verify it, restore it or see what changed since</source>
        <translation>Seleccione una copia para verificarla, restaurarla o ver qué cambió desde entonces</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Cambiar carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder on this computer where the backups are kept</source>
        <translation>Elegir la carpeta de este equipo donde se guardan las copias</translation>
    </message>
    <message>
        <source>Remote folder…</source>
        <translation>Carpeta remota…</translation>
    </message>
    <message>
        <source>Keep the backups on another machine (SFTP) or in a bucket (S3)</source>
        <translation>Guardar las copias en otro equipo (SFTP) o en un bucket (S3)</translation>
    </message>
    <message>
        <source>Back up selected volume</source>
        <translation>Copiar el volumen seleccionado</translation>
    </message>
    <message>
        <source>Write a backup of the selected volume into the backup folder</source>
        <translation>Escribir una copia del volumen seleccionado en la carpeta de copias</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Restore into a scratch volume and compare every entry</source>
        <translation>Restaurar en un volumen de prueba y comparar cada entrada</translation>
    </message>
    <message>
        <source>Restore into new volume…</source>
        <translation>Restaurar en un volumen nuevo…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a new volume</source>
        <translation>Restaurar la copia seleccionada en un volumen nuevo</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>Qué cambió…</translation>
    </message>
    <message>
        <source>What changed in the volume since this backup</source>
        <translation>Qué cambió en el volumen desde esta copia</translation>
    </message>
    <message>
        <source>Policy…</source>
        <translation>Política…</translation>
    </message>
    <message>
        <source>Back up the selected volume every N hours or days</source>
        <translation>Copiar el volumen seleccionado cada N horas o días</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>(and backups saved elsewhere, in {0})</source>
        <translation>(y copias guardadas en otro sitio, en {0})</translation>
    </message>
    <message>
        <source>The backups folder list cannot be saved: {0}</source>
        <translation>No se puede guardar la lista de carpetas de copias: {0}</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Remote backups folder</source>
        <translation>Carpeta remota de copias</translation>
    </message>
    <message>
        <source>Select a volume in the volumes view first.</source>
        <translation>Primero selecciona un volumen en la vista de volúmenes.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation>Copiando {0}…</translation>
    </message>
    <message>
        <source>Back up {0} to {1}</source>
        <translation>Hacer copia de {0} en {1}</translation>
    </message>
    <message>
        <source>Back up {0}</source>
        <translation>Hacer copia de {0}</translation>
    </message>
    <message>
        <source>Backed up {0}: {1}, {2}.</source>
        <translation>Copia de {0} hecha: {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying {0}…</source>
        <translation>Verificando {0}…</translation>
    </message>
    <message>
        <source>Verify {0}</source>
        <translation>Verificar {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>New volume name:</source>
        <translation>Nombre del volumen nuevo:</translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>Restaurar {0}</translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation>Restaurado en {0}.</translation>
    </message>
    <message>
        <source>Comparing with a backup needs the snapshots feature.</source>
        <translation>Comparar con una copia necesita la función de instantáneas.</translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation>Política de copias</translation>
    </message>
    <message>
        <source>No automatic backups for {0}.</source>
        <translation>Sin copias automáticas para {0}.</translation>
    </message>
    <message>
        <source>{0}: every {1:g} h, keep {2}.</source>
        <translation>{0}: cada {1:g} h, conservar {2}.</translation>
    </message>
    <message>
        <source>Backing up {0} (policy)…</source>
        <translation>Copiando {0} (política)…</translation>
    </message>
    <message>
        <source>Back up {0} (policy)</source>
        <translation>Hacer copia de {0} (política)</translation>
    </message>
    <message>
        <source>The backup policies cannot be saved: {0}</source>
        <translation>No se pueden guardar las políticas de copia: {0}</translation>
    </message>
</context>
<context>
    <name>BrowserActions</name>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Primero selecciona los archivos o carpetas que descargar.</translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation>Descargar en una carpeta</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <source>These already exist in %s and will be replaced:
%s</source>
        <translation>Ya existen en %s y se reemplazarán:
%s</translation>
    </message>
    <message>
        <source>Download from {0}</source>
        <translation>Descargar de {0}</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Subir archivos</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Subir carpeta</translation>
    </message>
    <message>
        <source>These already exist in /%s and will be replaced:
%s</source>
        <translation>Ya existen en /%s y se reemplazarán:
%s</translation>
    </message>
    <message>
        <source>Upload into {0}</source>
        <translation>Subir a {0}</translation>
    </message>
    <message>
        <source>Wait for the current transfer to end (or cancel it).</source>
        <translation>Espera a que termine la transferencia en curso (o cancélala).</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Carpeta nueva</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nombre de la carpeta nueva:</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>Un nombre de carpeta no puede contener «/».</translation>
    </message>
    <message>
        <source>New folder {0}</source>
        <translation>Carpeta nueva {0}</translation>
    </message>
    <message>
        <source>folder with %s, %s</source>
        <translation>carpeta con %s, %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>folder and everything in it</source>
        <translation>carpeta y todo su contenido</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… y %d más</translation>
    </message>
    <message>
        <source>Delete these from %s? This cannot be undone.

%s</source>
        <translation>¿Borrar esto de %s? No se puede deshacer.

%s</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete in {0}</source>
        <translation>Borrar en {0}</translation>
    </message>
</context>
<context>
    <name>BrowserNavigation</name>
    <message>
        <source>List {0}</source>
        <translation>Listar {0}</translation>
    </message>
    <message>
        <source>Reading /%s…</source>
        <translation>Leyendo /%s…</translation>
    </message>
    <message>
        <source>Folder /%s</source>
        <translation>Carpeta /%s</translation>
    </message>
    <message>
        <source>Symbolic link to %s</source>
        <translation>Enlace simbólico a %s</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Preview {0}</source>
        <translation>Vista previa de {0}</translation>
    </message>
    <message>
        <source>Binary file, %s — no preview. Download it to open it.</source>
        <translation>Archivo binario, %s: sin vista previa. Descárgalo para abrirlo.</translation>
    </message>
    <message>
        <source>[… the first %s of %s are shown]</source>
        <translation>[… se muestran los primeros %s de %s]</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working: {0}{1}{2}</source>
        <translation>Trabajando: {0}{1}{2}</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed in {0}</source>
        <translation>Qué cambió en {0}</translation>
    </message>
    <message>
        <source>the backup of {0}</source>
        <translation>la copia de {0}</translation>
    </message>
    <message>
        <source>the snapshot of {0}</source>
        <translation>la instantánea de {0}</translation>
    </message>
    <message>
        <source>Changes in {0} since {1}</source>
        <translation>Cambios en {0} desde {1}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Filtrar por ruta</translation>
    </message>
    <message>
        <source>Filter the changes by path</source>
        <translation>Filtrar los cambios por ruta</translation>
    </message>
    <message>
        <source>Changes in {0}</source>
        <translation>Cambios en {0}</translation>
    </message>
    <message>
        <source>Folders with what was added, changed or removed</source>
        <translation>Carpetas con lo añadido, cambiado o eliminado</translation>
    </message>
    <message>
        <source>Reading the volume and comparing it with the snapshot…</source>
        <translation>Leyendo el volumen y comparándolo con la instantánea…</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Comparar versiones…</translation>
    </message>
    <message>
        <source>The file then and now, side by side</source>
        <translation>El archivo entonces y ahora, uno junto al otro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{0}: {1} added, {2} changed, {3} removed.</source>
        <translation>{0}: {1} añadidos, {2} cambiados, {3} eliminados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>Se enumeran los primeros {0}.</translation>
    </message>
    <message>
        <source>Nothing changed: the volume is exactly as it was then.</source>
        <translation>Nada cambió: el volumen está exactamente como entonces.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>A name no volume has yet</source>
        <translation>Un nombre que ningún volumen tiene aún</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>New volume:</source>
        <translation>Volumen nuevo:</translation>
    </message>
    <message>
        <source>“%s” is not a valid volume name.</source>
        <translation>«%s» no es un nombre de volumen válido.</translation>
    </message>
    <message>
        <source>A volume named “%s” already exists.</source>
        <translation>Ya existe un volumen llamado «%s».</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Equivalent command:</source>
        <translation>Comando equivalente:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the command to paste it into a terminal</source>
        <translation>Copiar el comando para pegarlo en un terminal</translation>
    </message>
</context>
<context>
    <name>CommandView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the commands to paste them into a terminal (secret values masked)</source>
        <translation>Copiar los comandos para pegarlos en un terminal (valores secretos ocultos)</translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation>Copiar con secretos</translation>
    </message>
    <message>
        <source>Copy the commands with the secret values (passwords, tokens, keys) in clear</source>
        <translation>Copiar los comandos con los valores secretos (contraseñas, tokens, claves) en claro</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Comando equivalente</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy with secrets (passwords in clear)</source>
        <translation>Copiar con secretos (contraseñas en claro)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>{0}: then and now</source>
        <translation>{0}: entonces y ahora</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Leyendo ambas versiones…</translation>
    </message>
    <message>
        <source>The file then, in the snapshot</source>
        <translation>El archivo entonces, en la instantánea</translation>
    </message>
    <message>
        <source>The file now, in the volume</source>
        <translation>El archivo ahora, en el volumen</translation>
    </message>
    <message>
        <source>Then (snapshot)</source>
        <translation>Entonces (instantánea)</translation>
    </message>
    <message>
        <source>Now (volume)</source>
        <translation>Ahora (volumen)</translation>
    </message>
    <message>
        <source>Lines that differ: {0} then, {1} now.</source>
        <translation>Líneas que difieren: {0} entonces, {1} ahora.</translation>
    </message>
    <message>
        <source>Only the beginning of the file is shown.</source>
        <translation>Solo se muestra el principio del archivo.</translation>
    </message>
    <message>
        <source>Not text: compared by size and checksum.</source>
        <translation>No es texto: comparado por tamaño y suma de comprobación.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>no está</translation>
    </message>
</context>
<context>
    <name>ComposeFeature</name>
    <message>
        <source>Save as compose.yaml…</source>
        <translation>Guardar como compose.yaml…</translation>
    </message>
    <message>
        <source>A compose file that re-creates the selected containers</source>
        <translation>Un archivo compose que vuelve a crear los contenedores seleccionados</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Compose projects and the containers, volumes and networks of each</source>
        <translation>Proyectos compose y los contenedores, volúmenes y redes de cada uno</translation>
    </message>
    <message>
        <source>the containers</source>
        <translation>los contenedores</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Back up project {0}</source>
        <translation>Hacer copia del proyecto {0}</translation>
    </message>
    <message>
        <source>Remove project {0}</source>
        <translation>Eliminar el proyecto {0}</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>Guardar {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} guardado</translation>
    </message>
    <message>
        <source>Add the mount to {0}</source>
        <translation>Añadir el montaje a {0}</translation>
    </message>
    <message>
        <source>The compose file was not changed: {0}</source>
        <translation>El archivo compose no se cambió: {0}</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Backed up {0}.</source>
        <translation>Copia de {0} hecha.</translation>
    </message>
</context>
<context>
    <name>ComposeMountOffer</name>
    <message>
        <source>{0} belongs to the compose project {1}: the next docker compose up re-creates it from its file, without this mount unless the file has it.</source>
        <translation>{0} pertenece al proyecto compose {1}: el próximo docker compose up lo vuelve a crear desde su archivo, sin este montaje salvo que el archivo lo tenga.</translation>
    </message>
    <message>
        <source>Also add the mount to this compose file:</source>
        <translation>Añadir también el montaje a este archivo compose:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>volgui rewrites the file: comments of a hand-written file are not kept.</source>
        <translation>volgui reescribe el archivo: los comentarios de un archivo escrito a mano no se conservan.</translation>
    </message>
    <message>
        <source>Compose file</source>
        <translation>Archivo compose</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Archivos compose (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
</context>
<context>
    <name>ConnectionErrors</name>
    <message>
        <source>Listing containers</source>
        <translation>Listar contenedores</translation>
    </message>
    <message>
        <source>Listing volumes</source>
        <translation>Listar volúmenes</translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation>Listar imágenes</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>TLS without verifying the engine&apos;s certificate: anyone between you and the engine can pretend to be it and see everything you send.</source>
        <translation>TLS sin verificar el certificado del motor: cualquiera entre tú y el motor puede hacerse pasar por él y ver todo lo que envías.</translation>
    </message>
    <message>
        <source>Plain TCP, not encrypted: anyone on the network can read what you send and control this engine.</source>
        <translation>TCP simple, sin cifrar: cualquiera en la red puede leer lo que envías y controlar este motor.</translation>
    </message>
    <message>
        <source>Port 2376 is Docker&apos;s TLS port: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to use TLS.</source>
        <translation>El puerto 2376 es el puerto TLS de Docker: define DOCKER_TLS_VERIFY=1 y DOCKER_CERT_PATH para usar TLS.</translation>
    </message>
    <message>
        <source>DOCKER_CERT_PATH is set without DOCKER_TLS_VERIFY: volgui uses TLS and verifies the engine with the CA there (set DOCKER_TLS_VERIFY=1 to say so).</source>
        <translation>DOCKER_CERT_PATH está definido sin DOCKER_TLS_VERIFY: volgui usa TLS y verifica el motor con la CA de allí (define DOCKER_TLS_VERIFY=1 para indicarlo).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Docker context “{0}” ({1}) does not exist. Known contexts: {2}. List them with `docker context ls`.</source>
        <translation>El contexto de Docker «{0}» ({1}) no existe. Contextos conocidos: {2}. Lístalos con `docker context ls`.</translation>
    </message>
    <message>
        <source>Docker context “{0}” cannot be read: {1}</source>
        <translation>No se puede leer el contexto de Docker «{0}»: {1}</translation>
    </message>
    <message>
        <source>Docker context “{0}” has no Docker endpoint.</source>
        <translation>El contexto de Docker «{0}» no tiene ningún punto de conexión de Docker.</translation>
    </message>
    <message>
        <source>Give either --host or --context, not both.</source>
        <translation>Indica --host o --context, no ambos.</translation>
    </message>
    <message>
        <source>default Docker socket</source>
        <translation>socket predeterminado de Docker</translation>
    </message>
    <message>
        <source>Podman socket</source>
        <translation>socket de Podman</translation>
    </message>
    <message>
        <source>Cannot use TLS for {0}: {1}</source>
        <translation>No se puede usar TLS para {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot inspect a {0}.</source>
        <translation>No se puede inspeccionar: {0}.</translation>
    </message>
    <message>
        <source>Inspecting the container</source>
        <translation>Inspeccionar el contenedor</translation>
    </message>
    <message>
        <source>Inspecting the volume</source>
        <translation>Inspeccionar el volumen</translation>
    </message>
    <message>
        <source>Listing the volume&apos;s containers</source>
        <translation>Listar los contenedores del volumen</translation>
    </message>
    <message>
        <source>Inspecting the image</source>
        <translation>Inspeccionar la imagen</translation>
    </message>
    <message>
        <source>Measuring disk usage</source>
        <translation>Medir el uso del disco</translation>
    </message>
    <message>
        <source>The engine did not report a size for the volume {0}.</source>
        <translation>El motor no informó del tamaño del volumen {0}.</translation>
    </message>
    <message>
        <source>The heartbeat was stopped.</source>
        <translation>Se detuvo el latido.</translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping oddly.</source>
        <translation>El motor en {0} respondió de forma extraña a su ping.</translation>
    </message>
    <message>
        <source>The engine at {0} closed the connection.</source>
        <translation>El motor en {0} cerró la conexión.</translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping with HTTP {1}.</source>
        <translation>El motor en {0} respondió a su ping con HTTP {1}.</translation>
    </message>
    <message>
        <source>The engine at {0} answered its ping with something else than HTTP.</source>
        <translation>El motor en {0} respondió a su ping con algo que no es HTTP.</translation>
    </message>
    <message>
        <source>The password cannot be saved in the desktop keyring: {0}</source>
        <translation>No se puede guardar la contraseña en el llavero del escritorio: {0}</translation>
    </message>
    <message>
        <source>The lessons need a local image with a shell, and this engine has no images. Pull one with `docker pull busybox` (volgui never pulls by itself).</source>
        <translation>Las lecciones necesitan una imagen local con un shell, y este motor no tiene imágenes. Descarga una con `docker pull busybox` (volgui nunca descarga nada por su cuenta).</translation>
    </message>
    <message>
        <source>The usual images for these lessons ({0}) are not here; using {1}, which has a shell.</source>
        <translation>Las imágenes habituales para estas lecciones ({0}) no están; se usa {1}, que tiene un shell.</translation>
    </message>
    <message>
        <source>None of the local images has a shell (/bin/sh), which the lessons need. Pull one with `docker pull busybox`.</source>
        <translation>Ninguna de las imágenes locales tiene un shell (/bin/sh), que las lecciones necesitan. Descarga una con `docker pull busybox`.</translation>
    </message>
    <message>
        <source>Removed {0}; could not remove {1}.</source>
        <translation>Eliminado: {0}; no se pudo eliminar: {1}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Inspecting a volume</source>
        <translation>Inspeccionar un volumen</translation>
    </message>
    <message>
        <source>Measuring container sizes</source>
        <translation>Medir el tamaño de los contenedores</translation>
    </message>
    <message>
        <source>Measuring volume sizes</source>
        <translation>Medir el tamaño de los volúmenes</translation>
    </message>
    <message>
        <source>A scheduled backup failed</source>
        <translation>Falló una copia de seguridad programada</translation>
    </message>
    <message>
        <source>A scheduled backup is overdue</source>
        <translation>Una copia de seguridad programada está atrasada</translation>
    </message>
    <message>
        <source>A container became unhealthy</source>
        <translation>Un contenedor dejó de estar sano</translation>
    </message>
    <message>
        <source>A container died</source>
        <translation>Un contenedor ha muerto</translation>
    </message>
    <message>
        <source>Backup of {0} failed</source>
        <translation>Falló la copia de seguridad de {0}</translation>
    </message>
    <message>
        <source>Backup of {0} is overdue</source>
        <translation>La copia de seguridad de {0} está atrasada</translation>
    </message>
    <message>
        <source>The last backup was made {0}; the next one is {1} late. Is the engine reachable and volgui-backup&apos;s timer installed?</source>
        <translation>La última copia de seguridad se hizo {0}; la siguiente lleva {1} de retraso. ¿Es accesible el motor y está instalado el temporizador de volgui-backup?</translation>
    </message>
    <message>
        <source>{0} is unhealthy</source>
        <translation>{0} no está sano</translation>
    </message>
    <message>
        <source>The health check of container {0} failed.</source>
        <translation>Falló la comprobación de salud del contenedor {0}.</translation>
    </message>
    <message>
        <source>Container {0} stopped with exit code {1}.</source>
        <translation>El contenedor {0} se detuvo con el código de salida {1}.</translation>
    </message>
    <message>
        <source>Container {0} stopped unexpectedly.</source>
        <translation>El contenedor {0} se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>{0} died</source>
        <translation>{0} ha muerto</translation>
    </message>
    <message>
        <source>Give the engine a name.</source>
        <translation>Dale un nombre al motor.</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address, e.g. ssh://me@server or tcp://server:2376.</source>
        <translation>Escribe la dirección del motor, p. ej. ssh://yo@servidor o tcp://servidor:2376.</translation>
    </message>
    <message>
        <source>“{0}://” is not an engine address. Use unix://, tcp://, ssh:// or npipe://.</source>
        <translation>«{0}://» no es una dirección de motor. Usa unix://, tcp://, ssh:// o npipe://.</translation>
    </message>
    <message>
        <source>“{0}” is not a valid address: expected host or host:port (with an optional user@).</source>
        <translation>«{0}» no es una dirección válida: se esperaba host o host:puerto (con un usuario@ opcional).</translation>
    </message>
    <message>
        <source>“{0}” is not a valid address: expected host or host:port.</source>
        <translation>«{0}» no es una dirección válida: se esperaba host o host:puerto.</translation>
    </message>
    <message>
        <source>A unix:// address needs an absolute socket path, e.g. unix:///run/docker.sock.</source>
        <translation>Una dirección unix:// necesita una ruta absoluta al socket, p. ej. unix:///run/docker.sock.</translation>
    </message>
    <message>
        <source>The CA certificate file {0} does not exist.</source>
        <translation>El archivo del certificado de la CA {0} no existe.</translation>
    </message>
    <message>
        <source>The client certificate file {0} does not exist.</source>
        <translation>El archivo del certificado de cliente {0} no existe.</translation>
    </message>
    <message>
        <source>The client key file {0} does not exist.</source>
        <translation>El archivo de la clave de cliente {0} no existe.</translation>
    </message>
    <message>
        <source>TLS applies to tcp:// engines only.</source>
        <translation>TLS solo se aplica a motores tcp://.</translation>
    </message>
    <message>
        <source>Give both the client certificate and the client key, or neither.</source>
        <translation>Indica el certificado de cliente y la clave de cliente, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>To verify the engine, give the CA certificate that signed it (or explicitly turn verification off).</source>
        <translation>Para verificar el motor, indica el certificado de la CA que lo firmó (o desactiva la verificación de forma explícita).</translation>
    </message>
    <message>
        <source>TLS verification is off: anyone between you and the engine can impersonate it and take control of your containers.</source>
        <translation>La verificación TLS está desactivada: cualquiera entre tú y el motor puede suplantarlo y tomar el control de tus contenedores.</translation>
    </message>
    <message>
        <source>This engine is reached over plain TCP without TLS: anyone on the network can control it. Use TLS or SSH for engines on other machines.</source>
        <translation>A este motor se llega por TCP simple sin TLS: cualquiera en la red puede controlarlo. Usa TLS o SSH para motores en otras máquinas.</translation>
    </message>
    <message>
        <source>the same engine as {0}</source>
        <translation>el mismo motor que {0}</translation>
    </message>
    <message>
        <source>The saved engines in {0} cannot be read: {1}</source>
        <translation>No se pueden leer los motores guardados en {0}: {1}</translation>
    </message>
    <message>
        <source>The engine closed the events stream.</source>
        <translation>El motor cerró el flujo de eventos.</translation>
    </message>
    <message>
        <source>The events stream was closed.</source>
        <translation>Se cerró el flujo de eventos.</translation>
    </message>
    <message>
        <source>{0} has no shell to open: none of {1} exists in it. Minimal images (distroless, scratch) often have none. Use Container ▸ Debug shell: a shell beside it, with its processes, network and volumes (its files at /proc/1/root).</source>
        <translation>{0} no tiene ningún shell que abrir: no existe en él ninguno de {1}. Las imágenes mínimas (distroless, scratch) a menudo no tienen ninguno. Usa Contenedor ▸ Shell de depuración: un shell a su lado, con sus procesos, su red y sus volúmenes (sus archivos en /proc/1/root).</translation>
    </message>
    <message>
        <source>The engine said: {0}</source>
        <translation>El motor dijo: {0}</translation>
    </message>
    <message>
        <source>Opening a terminal</source>
        <translation>Abrir un terminal</translation>
    </message>
    <message>
        <source>Attaching</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>{0} was not started with -i -t (interactive, with a terminal): its main process has no terminal to attach to. Open a terminal (exec) instead.</source>
        <translation>{0} no se inició con -i -t (interactivo, con terminal): su proceso principal no tiene terminal al que adjuntarse. Abre un terminal (exec) en su lugar.</translation>
    </message>
    <message>
        <source>Resizing the terminal</source>
        <translation>Cambiar el tamaño del terminal</translation>
    </message>
    <message>
        <source>Reading the exit code</source>
        <translation>Leer el código de salida</translation>
    </message>
    <message>
        <source>Reading logs</source>
        <translation>Leer los registros</translation>
    </message>
    <message>
        <source>The engine closed the log stream.</source>
        <translation>El motor cerró el flujo de registros.</translation>
    </message>
    <message>
        <source>The log stream broke off.</source>
        <translation>El flujo de registros se interrumpió.</translation>
    </message>
    <message>
        <source>Reading stats</source>
        <translation>Leer las estadísticas</translation>
    </message>
    <message>
        <source>The stats stream broke off.</source>
        <translation>El flujo de estadísticas se interrumpió.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>A volume name needs at least two characters.</source>
        <translation>Un nombre de volumen necesita al menos dos caracteres.</translation>
    </message>
    <message>
        <source>A volume name must start with a letter or a digit (not “{0}”).</source>
        <translation>Un nombre de volumen debe empezar por una letra o un dígito (no «{0}»).</translation>
    </message>
    <message>
        <source>A volume name may contain only letters a–z and A–Z, digits, “_”, “.” and “-”; remove: {0}.</source>
        <translation>Un nombre de volumen solo puede contener las letras a–z y A–Z, dígitos, «_», «.» y «-»; quita: {0}.</translation>
    </message>
    <message>
        <source>A container name needs at least two characters.</source>
        <translation>Un nombre de contenedor necesita al menos dos caracteres.</translation>
    </message>
    <message>
        <source>A container name must start with a letter or a digit (not “{0}”).</source>
        <translation>Un nombre de contenedor debe empezar por una letra o un dígito (no «{0}»).</translation>
    </message>
    <message>
        <source>A container name may contain only letters a–z and A–Z, digits, “_”, “.” and “-”; remove: {0}.</source>
        <translation>Un nombre de contenedor solo puede contener las letras a–z y A–Z, dígitos, «_», «.» y «-»; quita: {0}.</translation>
    </message>
    <message>
        <source>Give the volume a name, for example “my_volume”.</source>
        <translation>Dale un nombre al volumen, por ejemplo «my_volume».</translation>
    </message>
    <message>
        <source>(A path on the host is a bind mount, not a volume.)</source>
        <translation>(Una ruta en el host es un montaje bind, no un volumen.)</translation>
    </message>
    <message>
        <source>A volume name may be at most {0} characters long (this one has {1}).</source>
        <translation>Un nombre de volumen puede tener como máximo {0} caracteres (este tiene {1}).</translation>
    </message>
    <message>
        <source>A volume name may not contain “/”, NUL or leading/trailing spaces.</source>
        <translation>Un nombre de volumen no puede contener «/», NUL ni espacios al principio o al final.</translation>
    </message>
    <message>
        <source>Give the container a name, for example “web”.</source>
        <translation>Dale un nombre al contenedor, por ejemplo «web».</translation>
    </message>
    <message>
        <source>A driver name has no spaces, for example “local”.</source>
        <translation>Un nombre de controlador no tiene espacios, por ejemplo «local».</translation>
    </message>
    <message>
        <source>Line {0}: an option needs a name before “=”, as in “com.example.owner=alice”.</source>
        <translation>Línea {0}: una opción necesita un nombre antes de «=», como en «com.example.owner=alice».</translation>
    </message>
    <message>
        <source>Line {0}: the option name {1} contains spaces; use “.”, “-” or “_” instead.</source>
        <translation>Línea {0}: el nombre de opción {1} contiene espacios; usa «.», «-» o «_» en su lugar.</translation>
    </message>
    <message>
        <source>Line {0}: the option “{1}” is given twice.</source>
        <translation>Línea {0}: la opción «{1}» aparece dos veces.</translation>
    </message>
    <message>
        <source>Line {0}: a label needs a name before “=”, as in “com.example.owner=alice”.</source>
        <translation>Línea {0}: una etiqueta necesita un nombre antes de «=», como en «com.example.owner=alice».</translation>
    </message>
    <message>
        <source>Line {0}: the label name {1} contains spaces; use “.”, “-” or “_” instead.</source>
        <translation>Línea {0}: el nombre de etiqueta {1} contiene espacios; usa «.», «-» o «_» en su lugar.</translation>
    </message>
    <message>
        <source>Line {0}: the label “{1}” is given twice.</source>
        <translation>Línea {0}: la etiqueta «{1}» aparece dos veces.</translation>
    </message>
    <message>
        <source>Line {0}: the variable has no name. Environment lines look like “NAME=value”.</source>
        <translation>Línea {0}: la variable no tiene nombre. Las líneas de entorno tienen la forma «NOMBRE=valor».</translation>
    </message>
    <message>
        <source>Line {0}: the variable name {1} contains spaces. Environment lines look like “NAME=value”.</source>
        <translation>Línea {0}: el nombre de variable {1} contiene espacios. Las líneas de entorno tienen la forma «NOMBRE=valor».</translation>
    </message>
    <message>
        <source>Line {0}: “{1}” has no “=”; write “{1}=” for an empty value.</source>
        <translation>Línea {0}: «{1}» no tiene «=»; escribe «{1}=» para un valor vacío.</translation>
    </message>
    <message>
        <source>Line {0}: the variable “{1}” is set twice.</source>
        <translation>Línea {0}: la variable «{1}» está definida dos veces.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host port “{1}” is not a port number (0–65535) or a range like 8000-8010.</source>
        <translation>Puerto «{0}»: el puerto del host «{1}» no es un número de puerto (0–65535) ni un rango como 8000-8010.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host port range “{1}” ends before it starts.</source>
        <translation>Puerto «{0}»: el rango de puertos del host «{1}» termina antes de empezar.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port “{1}” is not a port number (0–65535) or a range like 8000-8010.</source>
        <translation>Puerto «{0}»: el puerto del contenedor «{1}» no es un número de puerto (0–65535) ni un rango como 8000-8010.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port range “{1}” ends before it starts.</source>
        <translation>Puerto «{0}»: el rango de puertos del contenedor «{1}» termina antes de empezar.</translation>
    </message>
    <message>
        <source>Give a port, for example “8080:80” (host port 8080 to port 80 in the container).</source>
        <translation>Indica un puerto, por ejemplo «8080:80» (puerto 8080 del host al puerto 80 del contenedor).</translation>
    </message>
    <message>
        <source>Port spec “{0}”: use the short form “[ip:][hostPort:]containerPort[/protocol]”, e.g. “8080:80”.</source>
        <translation>Puerto «{0}»: usa la forma corta «[ip:][hostPort:]containerPort[/protocol]», p. ej. «8080:80».</translation>
    </message>
    <message>
        <source>Port spec “{0}”: more than one “/”.</source>
        <translation>Puerto «{0}»: más de una «/».</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the IPv6 address “{1}” lacks its closing “]”.</source>
        <translation>Puerto «{0}»: a la dirección IPv6 «{1}» le falta el «]» de cierre.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: “{1}” is not an IP address of this host (e.g. 127.0.0.1 or ::1).</source>
        <translation>Puerto «{0}»: «{1}» no es una dirección IP de este host (p. ej. 127.0.0.1 o ::1).</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port is missing.</source>
        <translation>Puerto «{0}»: falta el puerto del contenedor.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the container port cannot be 0.</source>
        <translation>Puerto «{0}»: el puerto del contenedor no puede ser 0.</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the protocol must be tcp, udp or sctp (not “{1}”).</source>
        <translation>Puerto «{0}»: el protocolo debe ser tcp, udp o sctp (no «{1}»).</translation>
    </message>
    <message>
        <source>Port spec “{0}”: the host range and the container range must have the same length.</source>
        <translation>Puerto «{0}»: el rango del host y el del contenedor deben tener la misma longitud.</translation>
    </message>
    <message>
        <source>Give the path inside the container, for example “/data”.</source>
        <translation>Indica la ruta dentro del contenedor, por ejemplo «/data».</translation>
    </message>
    <message>
        <source>A mount path may not contain NUL or line breaks.</source>
        <translation>Una ruta de montaje no puede contener NUL ni saltos de línea.</translation>
    </message>
    <message>
        <source>The mount path “{0}” must be absolute, starting with “/” (for example “/{1}”).</source>
        <translation>La ruta de montaje «{0}» debe ser absoluta, empezando por «/» (por ejemplo «/{1}»).</translation>
    </message>
    <message>
        <source>The mount path “{0}” may not contain “:” (docker -v uses it to separate the parts).</source>
        <translation>La ruta de montaje «{0}» no puede contener «:» (docker -v lo usa para separar las partes).</translation>
    </message>
    <message>
        <source>A volume cannot be mounted over “/”, the container&apos;s root.</source>
        <translation>No se puede montar un volumen sobre «/», la raíz del contenedor.</translation>
    </message>
    <message>
        <source>“{0}” points outside the volume.</source>
        <translation>«{0}» apunta fuera del volumen.</translation>
    </message>
    <message>
        <source>Create volume {0}</source>
        <translation>Crear el volumen {0}</translation>
    </message>
    <message>
        <source>Remove volume {0}</source>
        <translation>Eliminar el volumen {0}</translation>
    </message>
    <message>
        <source>No engine selected.</source>
        <translation>Ningún motor seleccionado.</translation>
    </message>
    <message>
        <source>No engine is selected.</source>
        <translation>No hay ningún motor seleccionado.</translation>
    </message>
    <message>
        <source>from --host</source>
        <translation>de --host</translation>
    </message>
    <message>
        <source>Default engine</source>
        <translation>Motor predeterminado</translation>
    </message>
    <message>
        <source>DOCKER_HOST, the current context, the default socket or Podman</source>
        <translation>DOCKER_HOST, el contexto actual, el socket predeterminado o Podman</translation>
    </message>
    <message>
        <source>Docker contexts could not be read: {0}</source>
        <translation>No se pudieron leer los contextos de Docker: {0}</translation>
    </message>
    <message>
        <source>Unknown engine {0}.</source>
        <translation>Motor desconocido: {0}.</translation>
    </message>
    <message>
        <source>The application is shutting down.</source>
        <translation>La aplicación se está cerrando.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>{0} — reconnecting automatically…</source>
        <translation>{0} — reconectando automáticamente…</translation>
    </message>
    <message>
        <source>The engine at {0} did not answer in time — it may be overloaded or hung.</source>
        <translation>El motor en {0} no respondió a tiempo — puede estar sobrecargado o colgado.</translation>
    </message>
    <message>
        <source>(no stack)</source>
        <translation>(sin stack)</translation>
    </message>
    <message>
        <source>{0} (leader)</source>
        <translation>{0} (líder)</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(sin asignar)</translation>
    </message>
</context>
<context>
    <name>ContainerBrowser</name>
    <message>
        <source>Move to a volume…</source>
        <translation>Mover a un volumen…</translation>
    </message>
    <message>
        <source>Put this folder of the write layer in a new volume, mounted at the same path, so its files outlive the container</source>
        <translation>Poner esta carpeta de la capa de escritura en un volumen nuevo, montado en la misma ruta, para que sus archivos sobrevivan al contenedor</translation>
    </message>
    <message>
        <source>Changes of {0}</source>
        <translation>Cambios de {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Write layer: %s (green: added, brown: changed, struck out: deleted), lost when the container is removed. Files in a volume stay.</source>
        <translation>Capa de escritura: %s (verde: añadido, marrón: cambiado, tachado: borrado), se pierde al eliminar el contenedor. Los archivos de un volumen se quedan.</translation>
    </message>
    <message>
        <source>Select one folder of the write layer (green) first.</source>
        <translation>Primero selecciona una carpeta de la capa de escritura (verde).</translation>
    </message>
    <message>
        <source>Move to a volume</source>
        <translation>Mover a un volumen</translation>
    </message>
    <message>
        <source>Name of the new volume:</source>
        <translation>Nombre del volumen nuevo:</translation>
    </message>
    <message>
        <source>Move /%s of %s into the new volume %s?

%sThe folder&apos;s files are copied into the volume (owners, modes and times kept) and compared, then %s is re-created with the volume mounted at /%s. If any step fails, the volume is removed and the container is left as it was.</source>
        <translation>¿Mover /%s de %s al volumen nuevo %s?

%sLos archivos de la carpeta se copian al volumen (se conservan dueños, modos y horas) y se comparan; luego %s se vuelve a crear con el volumen montado en /%s. Si falla algún paso, se elimina el volumen y el contenedor queda como estaba.</translation>
    </message>
    <message>
        <source>The container is stopped meanwhile and started again.

</source>
        <translation>Mientras tanto el contenedor se detiene y luego se inicia de nuevo.

</translation>
    </message>
    <message>
        <source>Move {0} to volume {1}</source>
        <translation>Mover {0} al volumen {1}</translation>
    </message>
</context>
<context>
    <name>ContainerErrors</name>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is over {1} kB: not a compose file volgui edits.</source>
        <translation>{0} supera los {1} kB: no es un archivo compose que volgui edite.</translation>
    </message>
    <message>
        <source>{0} is not valid YAML: {1}</source>
        <translation>{0} no es YAML válido: {1}</translation>
    </message>
    <message>
        <source>{0} has no services: is it a compose file?</source>
        <translation>{0} no tiene servicios: ¿es un archivo compose?</translation>
    </message>
    <message>
        <source>No service {0} in the file.</source>
        <translation>No hay ningún servicio {0} en el archivo.</translation>
    </message>
    <message>
        <source>The file&apos;s top-level volumes are not a mapping.</source>
        <translation>Los volúmenes del nivel superior del archivo no son un mapeo.</translation>
    </message>
    <message>
        <source>The service&apos;s volumes are not a list.</source>
        <translation>Los volúmenes del servicio no son una lista.</translation>
    </message>
    <message>
        <source>The file already mounts something at {0}.</source>
        <translation>El archivo ya monta algo en {0}.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <source>Added {0} at {1} to {2}</source>
        <translation>Se añadió {0} en {1} a {2}</translation>
    </message>
    <message>
        <source>{0}: the anonymous volume at {1} is written as the external volume {2}… so its data is kept.</source>
        <translation>{0}: el volumen anónimo en {1} se escribe como el volumen externo {2}…, así se conservan sus datos.</translation>
    </message>
    <message>
        <source>A {0} mount at {1} is not written.</source>
        <translation>Un montaje {0} en {1} no se escribe.</translation>
    </message>
    <message>
        <source>Reading from the container</source>
        <translation>Leer del contenedor</translation>
    </message>
    <message>
        <source>{0} does not exist in the container (any more).</source>
        <translation>{0} no existe en el contenedor (ya no).</translation>
    </message>
    <message>
        <source>The engine sent an unreadable archive of {0}: {1}</source>
        <translation>El motor envió un archivo ilegible de {0}: {1}</translation>
    </message>
    <message>
        <source>Listing {0}</source>
        <translation>Listar {0}</translation>
    </message>
    <message>
        <source>Download the whole filesystem with {0} instead.</source>
        <translation>Descarga todo el sistema de archivos con {0} en su lugar.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} no existe.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist in the container.</source>
        <translation>La carpeta {0} no existe en el contenedor.</translation>
    </message>
    <message>
        <source>Copying into {0}</source>
        <translation>Copiar a {0}</translation>
    </message>
    <message>
        <source>The root folder already exists.</source>
        <translation>La carpeta raíz ya existe.</translation>
    </message>
    <message>
        <source>{0} already exists in the container.</source>
        <translation>{0} ya existe en el contenedor.</translation>
    </message>
    <message>
        <source>Creating folder {0}</source>
        <translation>Crear la carpeta {0}</translation>
    </message>
    <message>
        <source>The root folder cannot be deleted.</source>
        <translation>La carpeta raíz no se puede borrar.</translation>
    </message>
    <message>
        <source>a read-only or mounted path? Use: {0}</source>
        <translation>¿una ruta de solo lectura o montada? Usa: {0}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>volume {0}, read-only</source>
        <translation>volumen {0}, solo lectura</translation>
    </message>
    <message>
        <source>bind mount {0}, read-only</source>
        <translation>montaje bind {0}, solo lectura</translation>
    </message>
    <message>
        <source>bind mount {0}</source>
        <translation>montaje bind {0}</translation>
    </message>
    <message>
        <source>tmpfs (memory)</source>
        <translation>tmpfs (memoria)</translation>
    </message>
    <message>
        <source>{0} mount, read-only</source>
        <translation>montaje {0}, solo lectura</translation>
    </message>
    <message>
        <source>{0} mount</source>
        <translation>montaje {0}</translation>
    </message>
    <message>
        <source>write layer</source>
        <translation>capa de escritura</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>In {0}, mounted at {1}: it stays when the container is removed.</source>
        <translation>En {0}, montado en {1}: se queda cuando se elimina el contenedor.</translation>
    </message>
    <message>
        <source>Written by docker for this container (its name, addresses, DNS) at each start.</source>
        <translation>Lo escribe docker para este contenedor en cada inicio (su nombre, direcciones, DNS).</translation>
    </message>
    <message>
        <source>Deleted in the write layer: the image still has it, this container does not.</source>
        <translation>Borrado en la capa de escritura: la imagen aún lo tiene, este contenedor no.</translation>
    </message>
    <message>
        <source>In the container&apos;s write layer: lost when the container is removed (put it in a volume to keep it).</source>
        <translation>En la capa de escritura del contenedor: se pierde al eliminar el contenedor (ponlo en un volumen para conservarlo).</translation>
    </message>
    <message>
        <source>From the image, unchanged: every container of the image has it.</source>
        <translation>De la imagen, sin cambios: todos los contenedores de la imagen lo tienen.</translation>
    </message>
    <message>
        <source>Inspecting the container</source>
        <translation>Inspeccionar el contenedor</translation>
    </message>
    <message>
        <source>Reading the write layer&apos;s changes</source>
        <translation>Leer los cambios de la capa de escritura</translation>
    </message>
    <message>
        <source>volume {0} at {1} (read-only)</source>
        <translation>volumen {0} en {1} (solo lectura)</translation>
    </message>
    <message>
        <source>volume {0} at {1} (read-write)</source>
        <translation>volumen {0} en {1} (lectura y escritura)</translation>
    </message>
    <message>
        <source>folder {0} at {1} (read-only)</source>
        <translation>carpeta {0} en {1} (solo lectura)</translation>
    </message>
    <message>
        <source>folder {0} at {1} (read-write)</source>
        <translation>carpeta {0} en {1} (lectura y escritura)</translation>
    </message>
    <message>
        <source>the anonymous volume {0}</source>
        <translation>el volumen anónimo {0}</translation>
    </message>
    <message>
        <source>the volume {0}</source>
        <translation>el volumen {0}</translation>
    </message>
    <message>
        <source>the bind mount of {0}</source>
        <translation>el montaje bind de {0}</translation>
    </message>
    <message>
        <source>a tmpfs</source>
        <translation>un tmpfs</translation>
    </message>
    <message>
        <source>a {0} mount</source>
        <translation>un montaje {0}</translation>
    </message>
    <message>
        <source>Enter the path inside the container, for example /data.</source>
        <translation>Escribe la ruta dentro del contenedor, por ejemplo /data.</translation>
    </message>
    <message>
        <source>The path cannot start or end with spaces.</source>
        <translation>La ruta no puede empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>The path cannot contain a line break, tab or NUL character.</source>
        <translation>La ruta no puede contener un salto de línea, un tabulador ni un carácter NUL.</translation>
    </message>
    <message>
        <source>The path cannot contain “:” (docker uses it to separate source, path and options).</source>
        <translation>La ruta no puede contener «:» (docker lo usa para separar origen, ruta y opciones).</translation>
    </message>
    <message>
        <source>The path must be absolute: start it with /.</source>
        <translation>La ruta debe ser absoluta: empiézala con /.</translation>
    </message>
    <message>
        <source>The path cannot contain “..”: write the folder it means.</source>
        <translation>La ruta no puede contener «..»: escribe la carpeta a la que se refiere.</translation>
    </message>
    <message>
        <source>Cannot mount over the container&apos;s root folder /.</source>
        <translation>No se puede montar sobre la carpeta raíz / del contenedor.</translation>
    </message>
    <message>
        <source>{0} is managed by the container runtime and cannot be a mount target.</source>
        <translation>{0} lo gestiona el entorno de ejecución de contenedores y no puede ser destino de un montaje.</translation>
    </message>
    <message>
        <source>{0} is already the target of {1}: choose another path, or replace that mount.</source>
        <translation>{0} ya está ocupado ({1}): elige otra ruta o reemplaza ese montaje.</translation>
    </message>
    <message>
        <source>renaming the original container out of the way</source>
        <translation>renombrar el contenedor original para apartarlo</translation>
    </message>
    <message>
        <source>creating the new container</source>
        <translation>crear el contenedor nuevo</translation>
    </message>
    <message>
        <source>connecting the new container to its networks</source>
        <translation>conectar el contenedor nuevo a sus redes</translation>
    </message>
    <message>
        <source>stopping the original container</source>
        <translation>detener el contenedor original</translation>
    </message>
    <message>
        <source>saving the original container&apos;s files to a snapshot image</source>
        <translation>guardar los archivos del contenedor original en una imagen instantánea</translation>
    </message>
    <message>
        <source>copying the files of the write layer</source>
        <translation>copiar los archivos de la capa de escritura</translation>
    </message>
    <message>
        <source>starting the new container</source>
        <translation>iniciar el contenedor nuevo</translation>
    </message>
    <message>
        <source>removing the original container</source>
        <translation>eliminar el contenedor original</translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation>Hecho: {0}.</translation>
    </message>
    <message>
        <source>Mount {0} in {1}</source>
        <translation>Montar {0} en {1}</translation>
    </message>
    <message>
        <source>Remove the mount at {0} from {1}</source>
        <translation>Quitar el montaje en {0} de {1}</translation>
    </message>
    <message>
        <source>Replace {0} at {1} with {2}</source>
        <translation>Reemplazar {0} en {1} por {2}</translation>
    </message>
    <message>
        <source>Re-create {0}</source>
        <translation>Recrear {0}</translation>
    </message>
    <message>
        <source>Cannot change the mounts of {0}: {1}</source>
        <translation>No se pueden cambiar los montajes de {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is inside {1} mounted at {2}: docker will create the folder there.</source>
        <translation>{0} está dentro de un montaje ({1} en {2}): docker creará la carpeta allí.</translation>
    </message>
    <message>
        <source>it comes from --volumes-from another container</source>
        <translation>viene de otro contenedor mediante --volumes-from</translation>
    </message>
    <message>
        <source>it is declared by the image (VOLUME in its Dockerfile): docker would give the new container a fresh anonymous volume there; replace it with a volume instead</source>
        <translation>lo declara la imagen (VOLUME en su Dockerfile): docker daría al contenedor nuevo un volumen anónimo vacío ahí; reemplázalo por un volumen en su lugar</translation>
    </message>
    <message>
        <source>The mount at {0} cannot be removed: {1}.</source>
        <translation>El montaje en {0} no se puede quitar: {1}.</translation>
    </message>
    <message>
        <source>A snapshot image would declare the anonymous volume again: choose copy or discard to remove it.</source>
        <translation>Una imagen instantánea volvería a declarar el volumen anónimo: elige copiar o descartar para quitarlo.</translation>
    </message>
    <message>
        <source>The anonymous volume {0} stays on disk, unused, with its data; remove it from the volumes view when you are sure.</source>
        <translation>El volumen anónimo {0} queda en el disco, sin usar, con sus datos; elimínalo desde la vista de volúmenes cuando estés seguro.</translation>
    </message>
    <message>
        <source>the volume {0} and its data (only the mount goes)</source>
        <translation>el volumen {0} y sus datos (solo se quita el montaje)</translation>
    </message>
    <message>
        <source>the folder {0} on the host (only the mount goes)</source>
        <translation>la carpeta {0} del anfitrión (solo se quita el montaje)</translation>
    </message>
    <message>
        <source>The mount at {0} comes from --volumes-from another container and cannot be replaced here.</source>
        <translation>El montaje en {0} viene de otro contenedor mediante --volumes-from y no se puede reemplazar aquí.</translation>
    </message>
    <message>
        <source>{0} is already mounted at {1}.</source>
        <translation>{0} ya está montado en {1}.</translation>
    </message>
    <message>
        <source>The anonymous volume {0} stays on disk, unused.</source>
        <translation>El volumen anónimo {0} queda en el disco, sin usar.</translation>
    </message>
    <message>
        <source>Nothing is mounted at {0} in {1}.</source>
        <translation>No hay nada montado en {0} en {1}.</translation>
    </message>
    <message>
        <source>The volume {0} is already mounted in {1} at {2}.</source>
        <translation>El volumen {0} ya está montado en {1} en {2}.</translation>
    </message>
    <message>
        <source>The volume {0} does not exist (any more).</source>
        <translation>El volumen {0} no existe (ya no).</translation>
    </message>
    <message>
        <source>The folder to mount must be an absolute path on the engine&apos;s machine.</source>
        <translation>La carpeta que se monta debe ser una ruta absoluta en el equipo del motor.</translation>
    </message>
    <message>
        <source>The folder&apos;s path cannot contain “:” or “,”.</source>
        <translation>La ruta de la carpeta no puede contener «:» ni «,».</translation>
    </message>
    <message>
        <source>Unknown mount type {0}.</source>
        <translation>Tipo de montaje desconocido {0}.</translation>
    </message>
    <message>
        <source>{0} is paused: resume or stop it first.</source>
        <translation>{0} está en pausa: reanúdalo o detenlo primero.</translation>
    </message>
    <message>
        <source>{0} keeps restarting: stop it first, then change its mounts.</source>
        <translation>{0} se reinicia una y otra vez: detenlo primero y luego cambia sus montajes.</translation>
    </message>
    <message>
        <source>{0} is {1} and cannot be re-created.</source>
        <translation>{0} está {1} y no se puede recrear.</translation>
    </message>
    <message>
        <source>its service</source>
        <translation>su servicio</translation>
    </message>
    <message>
        <source>{0} is a task of the swarm service {1}: swarm would replace it. Change the service instead ({2}).</source>
        <translation>{0} es una tarea del servicio de swarm {1}: el swarm lo reemplazaría. Cambia el servicio en su lugar ({2}).</translation>
    </message>
    <message>
        <source>{0} belongs to the compose project {1} (service {2}): the next {3} re-creates it from the compose file and the mount is lost. Edit the compose file to keep it.</source>
        <translation>{0} pertenece al proyecto compose {1} (servicio {2}): el próximo {3} lo vuelve a crear desde el archivo compose y el montaje se pierde. Edita el archivo compose para conservarlo.</translation>
    </message>
    <message>
        <source>{0} was started with --rm: the engine deletes it as soon as it stops, so if starting the new container then fails, the original cannot be brought back (the new one is left created under the same name).</source>
        <translation>{0} se inició con --rm: el motor lo borra en cuanto se detiene, así que si luego falla el inicio del contenedor nuevo, el original no se puede recuperar (el nuevo queda creado con el mismo nombre).</translation>
    </message>
    <message>
        <source>{0} depends on {1} ({2}): it keeps pointing at the old container. Re-create or restart {0} afterwards.</source>
        <translation>{0} depende de {1} ({2}): sigue apuntando al contenedor antiguo. Recrea o reinicia {0} después.</translation>
    </message>
    <message>
        <source>image: the same image as before, by ID {0} ({1} now points elsewhere)</source>
        <translation>imagen: la misma imagen que antes, por ID {0} ({1} ahora apunta a otra)</translation>
    </message>
    <message>
        <source>image: the same image as before, by ID {0} ({1} is gone)</source>
        <translation>imagen: la misma imagen que antes, por ID {0} ({1} ya no existe)</translation>
    </message>
    <message>
        <source>image: {0}</source>
        <translation>imagen: {0}</translation>
    </message>
    <message>
        <source>{0} refers to a container that no longer exists ({1}).</source>
        <translation>{0} se refiere a un contenedor que ya no existe ({1}).</translation>
    </message>
    <message>
        <source>Listing the write layer</source>
        <translation>Listar la capa de escritura</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the write layer at {0} will be hidden under the new mount and are not copied.</source>
        <translation>
            <numerusform>%Ln archivo de la capa de escritura en {0} quedará oculto bajo el nuevo montaje y no se copia.</numerusform>
            <numerusform>%Ln archivos de la capa de escritura en {0} quedarán ocultos bajo el nuevo montaje y no se copian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the write layer at {0} will be hidden under the new mount.</source>
        <translation>
            <numerusform>%Ln archivo de la capa de escritura en {0} quedará oculto bajo el nuevo montaje.</numerusform>
            <numerusform>%Ln archivos de la capa de escritura en {0} quedarán ocultos bajo el nuevo montaje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted in the container come back from the image (copying does not replay deletions; a snapshot keeps them deleted).</source>
        <translation>
            <numerusform>%Ln archivo borrado en el contenedor vuelve desde la imagen (copiar no repite los borrados; una instantánea los mantiene borrados).</numerusform>
            <numerusform>%Ln archivos borrados en el contenedor vuelven desde la imagen (copiar no repite los borrados; una instantánea los mantiene borrados).</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot image ({0}) stays after the re-create: the new container is made from it. Remove it once the container is gone.</source>
        <translation>La imagen instantánea ({0}) se queda después de recrear: el contenedor nuevo se crea a partir de ella. Elimínala cuando el contenedor ya no exista.</translation>
    </message>
    <message>
        <source>The container has secret environment values: volgui blanks them in the snapshot image&apos;s settings, but some engines (Docker 20.10 among them) also keep a full copy there that {0} shows. Choose copy to avoid it.</source>
        <translation>El contenedor tiene valores de entorno secretos: volgui los vacía en la configuración de la imagen instantánea, pero algunos motores (Docker 20.10 entre ellos) guardan además allí una copia completa que muestra {0}. Elige copiar para evitarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) in the write layer will be lost.</source>
        <translation>
            <numerusform>%Ln cambio en la capa de escritura se perderá.</numerusform>
            <numerusform>%Ln cambios en la capa de escritura se perderán.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} changed since the plan was made: nothing was done. Look again and retry.</source>
        <translation>{0} cambió desde que se hizo el plan: no se hizo nada. Vuelve a mirar e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Checking the volumes</source>
        <translation>Comprobar los volúmenes</translation>
    </message>
    <message>
        <source>The volume {0} no longer exists: mounting it would create an empty one. Nothing was done: {1} is as it was.</source>
        <translation>El volumen {0} ya no existe: montarlo crearía uno vacío. No se hizo nada: {1} está como estaba.</translation>
    </message>
    <message>
        <source>The volumes {0} no longer exist: mounting them would create empty ones. Nothing was done: {1} is as it was.</source>
        <translation>Los volúmenes {0} ya no existen: montarlos crearía volúmenes vacíos. No se hizo nada: {1} está como estaba.</translation>
    </message>
    <message>
        <source>The snapshot image {0} could not be removed: {1}</source>
        <translation>La imagen instantánea {0} no se pudo eliminar: {1}</translation>
    </message>
    <message>
        <source>The snapshot image {0} stays: the new container is made from it. Remove it together with the container ({1}).</source>
        <translation>La imagen instantánea {0} se queda: el contenedor nuevo está hecho a partir de ella. Elimínala junto con el contenedor ({1}).</translation>
    </message>
    <message>
        <source>This engine keeps a copy of the original container&apos;s settings in it, secret environment values included: whoever can use this engine can read them.</source>
        <translation>Este motor guarda en ella una copia de la configuración del contenedor original, valores de entorno secretos incluidos: quien pueda usar este motor puede leerlos.</translation>
    </message>
    <message>
        <source>the original container was started with --rm and the engine deleted it when it stopped; the new container is kept under the name {0}</source>
        <translation>el contenedor original se inició con --rm y el motor lo borró al detenerse; el contenedor nuevo se conserva con el nombre {0}</translation>
    </message>
    <message>
        <source>removing the new container</source>
        <translation>eliminar el contenedor nuevo</translation>
    </message>
    <message>
        <source>renaming the original back to {0}</source>
        <translation>devolver al original el nombre {0}</translation>
    </message>
    <message>
        <source>starting the original again</source>
        <translation>volver a iniciar el original</translation>
    </message>
    <message>
        <source>removing the snapshot image</source>
        <translation>eliminar la imagen instantánea</translation>
    </message>
    <message>
        <source>Cancelled while {0}.</source>
        <translation>Cancelado al {0}.</translation>
    </message>
    <message>
        <source>Changing the mounts of {0} failed while {1}: {2}</source>
        <translation>Cambiar los montajes de {0} falló al {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing changed: {0} is back as it was, running.</source>
        <translation>No cambió nada: {0} vuelve a estar como estaba, en ejecución.</translation>
    </message>
    <message>
        <source>Nothing changed: {0} is back as it was.</source>
        <translation>No cambió nada: {0} vuelve a estar como estaba.</translation>
    </message>
    <message>
        <source>The original container may be named {0}.</source>
        <translation>Puede que el contenedor original se llame {0}.</translation>
    </message>
    <message>
        <source>Putting things back failed too — {0}.</source>
        <translation>Deshacer los cambios también falló — {0}.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>{0} ({1}) is the original {2}; a container named {2} exists too (the new one, perhaps not complete).</source>
        <translation>{0} ({1}) es el original de {2}; también existe un contenedor llamado {2} (el nuevo, quizá incompleto).</translation>
    </message>
    <message>
        <source>{0} ({1}) is the original {2}, still renamed.</source>
        <translation>{0} ({1}) es el original de {2}, aún renombrado.</translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation>Listar los contenedores</translation>
    </message>
    <message>
        <source>{0} is taken by another container: look at both, remove the one you do not want, then restore {1}.</source>
        <translation>{0} lo usa otro contenedor: mira los dos, elimina el que no quieras y luego restaura {1}.</translation>
    </message>
    <message>
        <source>Renaming the container</source>
        <translation>Renombrar el contenedor</translation>
    </message>
    <message>
        <source>shares its network</source>
        <translation>comparte su red</translation>
    </message>
    <message>
        <source>shares its IPC</source>
        <translation>comparte su IPC</translation>
    </message>
    <message>
        <source>shares its processes</source>
        <translation>comparte sus procesos</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>Elige una imagen.</translation>
    </message>
    <message>
        <source>The command cannot be split into words: {0}.</source>
        <translation>El comando no se puede dividir en palabras: {0}.</translation>
    </message>
    <message>
        <source>“{0}” is neither a volume name nor an absolute folder path.</source>
        <translation>«{0}» no es ni un nombre de volumen ni una ruta absoluta de carpeta.</translation>
    </message>
    <message>
        <source>Unknown restart policy {0}.</source>
        <translation>Política de reinicio desconocida {0}.</translation>
    </message>
    <message>
        <source>A container removed when it stops (--rm) cannot also have a restart policy.</source>
        <translation>Un contenedor que se elimina al detenerse (--rm) no puede tener además una política de reinicio.</translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation>Crear el contenedor</translation>
    </message>
    <message>
        <source>Starting the container</source>
        <translation>Iniciar el contenedor</translation>
    </message>
    <message>
        <source>{0} (the container was not kept)</source>
        <translation>{0} (el contenedor no se conservó)</translation>
    </message>
    <message>
        <source>Inspecting the tools image</source>
        <translation>Inspeccionar la imagen de herramientas</translation>
    </message>
    <message>
        <source>The tools image {0} is built for {1} processors, but the engine runs {2} programs: a shell from it would not start. Choose or make a tools image for {2} (Volumes ▸ Tools image for fast backups…).</source>
        <translation>La imagen de herramientas {0} está hecha para procesadores {1}, pero el motor ejecuta programas {2}: un shell a partir de ella no arrancaría. Elige o crea una imagen de herramientas para {2} (Volúmenes ▸ Imagen de herramientas para copias rápidas…).</translation>
    </message>
    <message>
        <source>This engine has no tools image, and volgui makes one only for an engine on this machine. Load one there, labelled {0}, to open shells.</source>
        <translation>Este motor no tiene imagen de herramientas, y volgui solo crea una para un motor en este equipo. Carga allí una, con la etiqueta {0}, para abrir shells.</translation>
    </message>
    <message>
        <source>Checking the helper</source>
        <translation>Comprobar el contenedor auxiliar</translation>
    </message>
    <message>
        <source>The shell helper did not start (exit code {0}).</source>
        <translation>El contenedor auxiliar del shell no arrancó (código de salida {0}).</translation>
    </message>
    <message>
        <source>Preparing a debug shell for {0}</source>
        <translation>Preparar un shell de depuración para {0}</translation>
    </message>
    <message>
        <source>Starting a debug shell for {0}</source>
        <translation>Iniciar un shell de depuración para {0}</translation>
    </message>
    <message>
        <source>Debug shell for {0} — a helper container from {1}, not {0} itself.</source>
        <translation>Shell de depuración para {0} — un contenedor auxiliar de {1}, no {0} mismo.</translation>
    </message>
    <message>
        <source>It shares {0}&apos;s processes and network; {0}&apos;s files are at {1},</source>
        <translation>Comparte los procesos y la red de {0}; los archivos de {0} están en {1},</translation>
    </message>
    <message>
        <source>its volumes at their own paths. Closing this tab removes the helper.</source>
        <translation>sus volúmenes en sus propias rutas. Cerrar esta pestaña elimina el contenedor auxiliar.</translation>
    </message>
    <message>
        <source>debug: {0}</source>
        <translation>depuración: {0}</translation>
    </message>
    <message>
        <source>Reading busybox from the tools image</source>
        <translation>Leer busybox de la imagen de herramientas</translation>
    </message>
    <message>
        <source>The tools image&apos;s busybox is larger than any busybox: refused.</source>
        <translation>El busybox de la imagen de herramientas es más grande que cualquier busybox: rechazado.</translation>
    </message>
    <message>
        <source>The tools image has no usable {0}.</source>
        <translation>La imagen de herramientas no tiene un {0} utilizable.</translation>
    </message>
    <message>
        <source>Copying {0}&apos;s files</source>
        <translation>Copiar los archivos de {0}</translation>
    </message>
    <message>
        <source>Copying busybox into the helper</source>
        <translation>Copiar busybox al contenedor auxiliar</translation>
    </message>
    <message>
        <source>Debug shell for {0} (stopped) — in a copy of its files, made for this shell.</source>
        <translation>Shell de depuración para {0} (detenido) — en una copia de sus archivos, hecha para este shell.</translation>
    </message>
    <message>
        <source>Changes here are made in the copy, not in the container — except in its volumes,</source>
        <translation>Los cambios aquí se hacen en la copia, no en el contenedor — salvo en sus volúmenes,</translation>
    </message>
    <message>
        <source>which are the real ones. Closing this tab removes the helper and the copy.</source>
        <translation>que son los reales. Cerrar esta pestaña elimina el contenedor auxiliar y la copia.</translation>
    </message>
    <message>
        <source>Preparing a shell in volume {0}</source>
        <translation>Preparar un shell en el volumen {0}</translation>
    </message>
    <message>
        <source>Starting a shell in volume {0}</source>
        <translation>Iniciar un shell en el volumen {0}</translation>
    </message>
    <message>
        <source>Shell in volume {0}, at {1} (read-only) — a helper container from {2}.</source>
        <translation>Shell en el volumen {0}, en {1} (solo lectura) — un contenedor auxiliar de {2}.</translation>
    </message>
    <message>
        <source>Shell in volume {0}, at {1} (read-write) — a helper container from {2}.</source>
        <translation>Shell en el volumen {0}, en {1} (lectura y escritura) — un contenedor auxiliar de {2}.</translation>
    </message>
    <message>
        <source>Closing this tab removes the helper; the volume stays.</source>
        <translation>Cerrar esta pestaña elimina el contenedor auxiliar; el volumen se queda.</translation>
    </message>
    <message>
        <source>volume: {0}</source>
        <translation>volumen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} is now volume {2} (%Ln item(s)): its files stay when the container is removed.</source>
        <translation>
            <numerusform>{0} de {1} es ahora el volumen {2} (%Ln elemento): sus archivos se quedan cuando se elimina el contenedor.</numerusform>
            <numerusform>{0} de {1} es ahora el volumen {2} (%Ln elementos): sus archivos se quedan cuando se elimina el contenedor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} holds more than %Ln entries: too many to check the copy; nothing was changed.</source>
        <translation>
            <numerusform>{0} contiene más de %Ln entrada: demasiadas para comprobar la copia; no se cambió nada.</numerusform>
            <numerusform>{0} contiene más de %Ln entradas: demasiadas para comprobar la copia; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The copy of {0} in volume {1} differs from the original (missing: {2}; different: {3}): nothing was changed.</source>
        <translation>La copia de {0} en el volumen {1} difiere del original (faltan: {2}; distintos: {3}): no se cambió nada.</translation>
    </message>
    <message>
        <source>The whole filesystem cannot be moved to a volume: choose a folder.</source>
        <translation>No se puede mover todo el sistema de archivos a un volumen: elige una carpeta.</translation>
    </message>
    <message>
        <source>{0} is already in {1}: its files already outlive the container.</source>
        <translation>{0} ya está en {1}: sus archivos ya sobreviven al contenedor.</translation>
    </message>
    <message>
        <source>{0} is not a folder of {1}.</source>
        <translation>{0} no es una carpeta de {1}.</translation>
    </message>
    <message>
        <source>A volume named {0} already exists: choose another name.</source>
        <translation>Ya existe un volumen llamado {0}: elige otro nombre.</translation>
    </message>
    <message>
        <source>{0} was started with --rm: stopping it would delete it. Nothing was changed.</source>
        <translation>{0} se inició con --rm: detenerlo lo borraría. No se cambió nada.</translation>
    </message>
    <message>
        <source>Stopping {0}</source>
        <translation>Detener {0}</translation>
    </message>
    <message>
        <source>Creating volume {0}</source>
        <translation>Crear el volumen {0}</translation>
    </message>
    <message>
        <source>Starting {0}</source>
        <translation>Iniciar {0}</translation>
    </message>
    <message>
        <source>The files of {0} are safe in volume {1} and {2} now mounts it, but it did not start again: {3}</source>
        <translation>Los archivos de {0} están a salvo en el volumen {1} y {2} ya lo monta, pero no volvió a arrancar: {3}</translation>
    </message>
    <message>
        <source>Saving images</source>
        <translation>Guardar las imágenes</translation>
    </message>
    <message numerus="yes">
        <source>It has over %Ln entries; {0} writes a few for each layer.</source>
        <translation>
            <numerusform>Tiene más de %Ln entrada; {0} escribe unas pocas por capa.</numerusform>
            <numerusform>Tiene más de %Ln entradas; {0} escribe unas pocas por capa.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not an image archive. {1}</source>
        <translation>{0} no es un archivo de imágenes. {1}</translation>
    </message>
    <message>
        <source>{0} is not an image archive: it has no {1} ({2} makes one). Nothing was loaded.</source>
        <translation>{0} no es un archivo de imágenes: no tiene {1} ({2} crea uno). No se cargó nada.</translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation>Cargar las imágenes</translation>
    </message>
    <message>
        <source>The engine refused {0}: {1}</source>
        <translation>El motor rechazó {0}: {1}</translation>
    </message>
    <message>
        <source>Type an image name, such as {0} or {1}.</source>
        <translation>Escribe un nombre de imagen, como {0} o {1}.</translation>
    </message>
    <message numerus="yes">
        <source>An image name is at most %Ln characters long.</source>
        <translation>
            <numerusform>Un nombre de imagen tiene como máximo %Ln carácter.</numerusform>
            <numerusform>Un nombre de imagen tiene como máximo %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not an image name: use lowercase letters, digits, and . _ - between them; a tag follows a colon ({1}).</source>
        <translation>{0} no es un nombre de imagen: usa minúsculas, dígitos y . _ - entre ellos; una etiqueta va tras dos puntos ({1}).</translation>
    </message>
    <message>
        <source>The engine stopped sending progress before the transfer ended.</source>
        <translation>El motor dejó de enviar el progreso antes de que terminara la transferencia.</translation>
    </message>
    <message>
        <source>Pulling {0}</source>
        <translation>Descargar {0}</translation>
    </message>
    <message>
        <source>The engine ended the pull of {0} without the image: {1}</source>
        <translation>El motor terminó la descarga de {0} sin la imagen: {1}</translation>
    </message>
    <message>
        <source>Push a tag, not a digest.</source>
        <translation>Sube una etiqueta, no un digest.</translation>
    </message>
    <message>
        <source>There is no image {0} on this engine to push.</source>
        <translation>No hay ninguna imagen {0} en este motor para subir.</translation>
    </message>
    <message>
        <source>Pushing {0}</source>
        <translation>Subir {0}</translation>
    </message>
    <message>
        <source>Reading the engine&apos;s swarm state</source>
        <translation>Leer el estado de swarm del motor</translation>
    </message>
    <message>
        <source>Listing services</source>
        <translation>Listar los servicios</translation>
    </message>
    <message>
        <source>Listing tasks</source>
        <translation>Listar las tareas</translation>
    </message>
    <message>
        <source>Listing nodes</source>
        <translation>Listar los nodos</translation>
    </message>
    <message>
        <source>Reading the logs of {0}</source>
        <translation>Leer los registros de {0}</translation>
    </message>
    <message>
        <source>The service mounts nothing at {0}.</source>
        <translation>El servicio no monta nada en {0}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Forzar fin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove volume</source>
        <translation>Eliminar volumen</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Eliminar imagen</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Prune build cache</source>
        <translation>Limpiar la caché de compilación</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Started {0}</source>
        <translation>Iniciado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volumen</numerusform>
            <numerusform>%Ln volúmenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln contenedor</numerusform>
            <numerusform>%Ln contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped {0}</source>
        <translation>Detenido: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Started %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln contenedor iniciado{1}: {0}</numerusform>
            <numerusform>%Ln contenedores iniciados{1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln contenedor detenido{1}: {0}</numerusform>
            <numerusform>%Ln contenedores detenidos{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarted {0}</source>
        <translation>Reiniciado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln contenedor reiniciado{1}: {0}</numerusform>
            <numerusform>%Ln contenedores reiniciados{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused {0}</source>
        <translation>En pausa: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Paused %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln contenedor en pausa{1}: {0}</numerusform>
            <numerusform>%Ln contenedores en pausa{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpaused {0}</source>
        <translation>Reanudado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Unpaused %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln contenedor reanudado{1}: {0}</numerusform>
            <numerusform>%Ln contenedores reanudados{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Killed {0}</source>
        <translation>Terminado a la fuerza: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Killed %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln contenedor terminado a la fuerza{1}: {0}</numerusform>
            <numerusform>%Ln contenedores terminados a la fuerza{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Eliminado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln container(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln contenedor eliminado{1}: {0}</numerusform>
            <numerusform>%Ln contenedores eliminados{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed volume {0}</source>
        <translation>Volumen eliminado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln volume(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln volumen eliminado{1}: {0}</numerusform>
            <numerusform>%Ln volúmenes eliminados{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {0}</source>
        <translation>Borrado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln volume(s){1}: {0}</source>
        <translation>
            <numerusform>%Ln volumen borrado{1}: {0}</numerusform>
            <numerusform>%Ln volúmenes borrados{1}: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing to do.</source>
        <translation>{0}: nada que hacer.</translation>
    </message>
    <message>
        <source>{0} failed for {1} of {2}; done: {3}.</source>
        <translation>{0} falló en {1} de {2}; hecho: {3}.</translation>
    </message>
    <message>
        <source>{0} failed.</source>
        <translation>{0} falló.</translation>
    </message>
    <message>
        <source>not done (cancelled)</source>
        <translation>no hecho (cancelado)</translation>
    </message>
    <message>
        <source>Listing the project {0}</source>
        <translation>Listar el proyecto {0}</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>Iniciar {0}</translation>
    </message>
    <message>
        <source>Stop {0}</source>
        <translation>Detener {0}</translation>
    </message>
    <message>
        <source>Restart {0}</source>
        <translation>Reiniciar {0}</translation>
    </message>
    <message>
        <source>Listing the project&apos;s volumes</source>
        <translation>Listar los volúmenes del proyecto</translation>
    </message>
    <message>
        <source>Listing the project&apos;s networks</source>
        <translation>Listar las redes del proyecto</translation>
    </message>
    <message>
        <source>Backing up {0} failed, so nothing was removed: {1}</source>
        <translation>La copia de seguridad de {0} falló, así que no se eliminó nada: {1}</translation>
    </message>
    <message>
        <source>network {0}</source>
        <translation>red {0}</translation>
    </message>
    <message>
        <source>volume {0}</source>
        <translation>volumen {0}</translation>
    </message>
    <message>
        <source>Backing up {0} ({1}/{2})…</source>
        <translation>Haciendo copia de seguridad de {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Eliminar {0}</translation>
    </message>
    <message>
        <source>Inspecting a container</source>
        <translation>Inspeccionar un contenedor</translation>
    </message>
    <message>
        <source>Inspecting its image</source>
        <translation>Inspeccionar su imagen</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln containers are written;</source>
        <translation>
            <numerusform>Solo se escribe el primer contenedor (%Ln);</numerusform>
            <numerusform>Solo se escriben los primeros %Ln contenedores;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) are not.</source>
        <translation>
            <numerusform>%Ln más no.</numerusform>
            <numerusform>%Ln más no.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspecting {0}</source>
        <translation>Inspeccionar {0}</translation>
    </message>
    <message>
        <source>Pause {0}</source>
        <translation>Pausar {0}</translation>
    </message>
    <message>
        <source>Unpause {0}</source>
        <translation>Reanudar {0}</translation>
    </message>
    <message>
        <source>Kill {0}</source>
        <translation>Forzar el fin de {0}</translation>
    </message>
    <message>
        <source>{0} is running: stop it first, or let volgui stop it.</source>
        <translation>{0} está en ejecución: detenlo primero o deja que volgui lo detenga.</translation>
    </message>
    <message>
        <source>({0} was stopped but not removed.)</source>
        <translation>({0} se detuvo pero no se eliminó.)</translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation>Listar las imágenes</translation>
    </message>
    <message>
        <source>Image {0} is no longer on this engine.</source>
        <translation>La imagen {0} ya no está en este motor.</translation>
    </message>
    <message>
        <source>{0} (running)</source>
        <translation>{0} (en ejecución)</translation>
    </message>
    <message>
        <source>In use by {0}: remove those containers first, or choose to remove them too.</source>
        <translation>En uso por {0}: elimina primero esos contenedores o elige eliminarlos también.</translation>
    </message>
    <message>
        <source>Remove image {0}</source>
        <translation>Eliminar la imagen {0}</translation>
    </message>
    <message>
        <source>a container uses it now: kept</source>
        <translation>ahora la usa un contenedor: se conserva</translation>
    </message>
    <message>
        <source>A tag cannot be a digest: use a name like {0}.</source>
        <translation>Una etiqueta no puede ser un digest: usa un nombre como {0}.</translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>Etiquetar {0}</translation>
    </message>
    <message>
        <source>Reading the image&apos;s history</source>
        <translation>Leer el historial de la imagen</translation>
    </message>
    <message>
        <source>Measuring disk use</source>
        <translation>Medir el uso del disco</translation>
    </message>
    <message>
        <source>Snapshot of {0} ({1}/{2})…</source>
        <translation>Instantánea de {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>before “{0}” (a re-create)</source>
        <translation>antes de «{0}» (una recreación)</translation>
    </message>
    <message>
        <source>The snapshot of {0} failed, so the container was not touched: {1}</source>
        <translation>La instantánea de {0} falló, así que no se tocó el contenedor: {1}</translation>
    </message>
    <message>
        <source>Backing up {0} failed, so the container was not touched: {1}</source>
        <translation>La copia de seguridad de {0} falló, así que no se tocó el contenedor: {1}</translation>
    </message>
    <message>
        <source>the folder, export or share does not exist</source>
        <translation>la carpeta, exportación o recurso compartido no existe</translation>
    </message>
    <message>
        <source>the server refused the connection (is the NFS or SMB service running there?)</source>
        <translation>el servidor rechazó la conexión (¿está en marcha allí el servicio NFS o SMB?)</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>el servidor no respondió</translation>
    </message>
    <message>
        <source>the server cannot be reached from the engine&apos;s machine</source>
        <translation>el servidor no es accesible desde el equipo del motor</translation>
    </message>
    <message>
        <source>the server refused access (check the export&apos;s or share&apos;s permissions, the user and the password)</source>
        <translation>el servidor denegó el acceso (comprueba los permisos de la exportación o del recurso compartido, el usuario y la contraseña)</translation>
    </message>
    <message>
        <source>the engine is not allowed to mount this (a rootless engine cannot mount NFS or SMB)</source>
        <translation>el motor no tiene permiso para montar esto (un motor sin root no puede montar NFS ni SMB)</translation>
    </message>
    <message>
        <source>the kernel refused the mount options</source>
        <translation>el núcleo rechazó las opciones de montaje</translation>
    </message>
    <message>
        <source>the engine&apos;s kernel cannot mount this type (its module is not loaded)</source>
        <translation>el núcleo del motor no puede montar este tipo (su módulo no está cargado)</translation>
    </message>
    <message>
        <source>the server does not speak this protocol version</source>
        <translation>el servidor no habla esta versión del protocolo</translation>
    </message>
    <message>
        <source>the host path is a file, not a folder</source>
        <translation>la ruta del anfitrión es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the server is down</source>
        <translation>el servidor está caído</translation>
    </message>
    <message>
        <source>The mount failed: {0} (the kernel said “{1}”).</source>
        <translation>El montaje falló: {0} (el núcleo dijo «{1}»).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The mount failed: {0}</source>
        <translation>El montaje falló: {0}</translation>
    </message>
    <message>
        <source>volgui has no tools image on this engine to test the mount with (it is made from this machine&apos;s busybox, for local engines only).</source>
        <translation>volgui no tiene imagen de herramientas en este motor para probar el montaje (se crea con el busybox de este equipo, solo para motores locales).</translation>
    </message>
    <message>
        <source>Creating a scratch volume to test the mount</source>
        <translation>Crear un volumen de prueba para probar el montaje</translation>
    </message>
    <message>
        <source>Preparing the mount test</source>
        <translation>Preparar la prueba de montaje</translation>
    </message>
    <message>
        <source>Waiting for the mount test</source>
        <translation>Esperar la prueba de montaje</translation>
    </message>
    <message>
        <source>The volume mounted, but it cannot be read: {0}</source>
        <translation>El volumen se montó, pero no se puede leer: {0}</translation>
    </message>
    <message>
        <source>The mount works: a container mounted the volume and it can be read and written.</source>
        <translation>El montaje funciona: un contenedor montó el volumen y se puede leer y escribir.</translation>
    </message>
    <message>
        <source>The mount works: a container mounted the volume and it can be read (it is read-only).</source>
        <translation>El montaje funciona: un contenedor montó el volumen y se puede leer (es de solo lectura).</translation>
    </message>
    <message>
        <source>Reading the changes of {0}</source>
        <translation>Leer los cambios de {0}</translation>
    </message>
    <message>
        <source>Measuring volume sizes</source>
        <translation>Medir el tamaño de los volúmenes</translation>
    </message>
    <message>
        <source>Inspecting service {0}</source>
        <translation>Inspeccionar el servicio {0}</translation>
    </message>
    <message>
        <source>Adding a mount to {0}</source>
        <translation>Añadir un montaje a {0}</translation>
    </message>
    <message>
        <source>Removing a mount from {0}</source>
        <translation>Quitar un montaje de {0}</translation>
    </message>
    <message>
        <source>Replacing a mount of {0}</source>
        <translation>Reemplazar un montaje de {0}</translation>
    </message>
    <message>
        <source>Give a number of replicas from 0 to 10000.</source>
        <translation>Indica un número de réplicas de 0 a 10000.</translation>
    </message>
    <message>
        <source>{0} is not a replicated service (it runs one task per node, or is a job): it cannot be scaled.</source>
        <translation>{0} no es un servicio replicado (ejecuta una tarea por nodo, o es un trabajo): no se puede escalar.</translation>
    </message>
    <message>
        <source>Scaling {0}</source>
        <translation>Escalar {0}</translation>
    </message>
    <message>
        <source>Restarting {0}</source>
        <translation>Reiniciar {0}</translation>
    </message>
    <message>
        <source>command: {0}</source>
        <translation>comando: {0}</translation>
    </message>
    <message numerus="yes">
        <source>environment: %Ln variable(s)</source>
        <translation>
            <numerusform>entorno: %Ln variable</numerusform>
            <numerusform>entorno: %Ln variables</numerusform>
        </translation>
    </message>
    <message>
        <source>labels: {0}</source>
        <translation>etiquetas: {0}</translation>
    </message>
    <message>
        <source>working folder: {0}</source>
        <translation>carpeta de trabajo: {0}</translation>
    </message>
    <message>
        <source>user: {0}</source>
        <translation>usuario: {0}</translation>
    </message>
    <message>
        <source>host name: {0}</source>
        <translation>nombre de host: {0}</translation>
    </message>
    <message>
        <source>terminal: {0}</source>
        <translation>terminal: {0}</translation>
    </message>
    <message>
        <source>published ports: {0}</source>
        <translation>puertos publicados: {0}</translation>
    </message>
    <message>
        <source>restart policy: {0}</source>
        <translation>política de reinicio: {0}</translation>
    </message>
    <message>
        <source>memory limit: {0} MiB</source>
        <translation>límite de memoria: {0} MiB</translation>
    </message>
    <message>
        <source>CPU limits</source>
        <translation>límites de CPU</translation>
    </message>
    <message>
        <source>capabilities: {0}</source>
        <translation>capacidades: {0}</translation>
    </message>
    <message>
        <source>healthcheck</source>
        <translation>comprobación de salud</translation>
    </message>
    <message>
        <source>log options ({0})</source>
        <translation>opciones de registro ({0})</translation>
    </message>
    <message>
        <source>network: {0}</source>
        <translation>red: {0}</translation>
    </message>
    <message>
        <source>every other setting, sent back to the engine as it was</source>
        <translation>cualquier otra configuración, devuelta al motor tal como estaba</translation>
    </message>
    <message>
        <source>mount: {0} at {1} read-only (pinned by name)</source>
        <translation>montaje: {0} en {1} solo lectura (fijado por nombre)</translation>
    </message>
    <message>
        <source>mount: {0} at {1} (pinned by name)</source>
        <translation>montaje: {0} en {1} (fijado por nombre)</translation>
    </message>
    <message>
        <source>mount: {0} at {1} read-only</source>
        <translation>montaje: {0} en {1} solo lectura</translation>
    </message>
    <message>
        <source>mount: {0} at {1}</source>
        <translation>montaje: {0} en {1}</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1} (from {2}).</source>
        <translation>Sesión iniciada en {0} como {1} (de {2}).</translation>
    </message>
    <message>
        <source>No credentials for {0} in {1}: anonymous access.</source>
        <translation>No hay credenciales para {0} en {1}: acceso anónimo.</translation>
    </message>
    <message>
        <source>No credentials for {0}: anonymous access.</source>
        <translation>No hay credenciales para {0}: acceso anónimo.</translation>
    </message>
</context>
<context>
    <name>ContainerFileTableModel</name>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
</context>
<context>
    <name>ContainerFilesFeature</name>
    <message>
        <source>Select one container to see its files — running or stopped.</source>
        <translation>Selecciona un contenedor para ver sus archivos, en ejecución o detenido.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>The files of the selected container, and where each one lives</source>
        <translation>Los archivos del contenedor seleccionado y dónde está cada uno</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Explorar archivos</translation>
    </message>
    <message>
        <source>See, preview, download and upload the container&apos;s files, and which of them live in its write layer</source>
        <translation>Ver, previsualizar, descargar y subir los archivos del contenedor, y cuáles viven en su capa de escritura</translation>
    </message>
    <message>
        <source>%s was removed, and the files of its write layer with it. Select a container to see its files.</source>
        <translation>%s se eliminó, y con él los archivos de su capa de escritura. Selecciona un contenedor para ver sus archivos.</translation>
    </message>
</context>
<context>
    <name>ContainerSummaryView</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID de imagen</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Punto de entrada</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source / volume</source>
        <translation>Origen / volumen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>
Propagation: {0}</source>
        <translation>
Propagación: {0}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montajes</translation>
    </message>
    <message>
        <source>No mounts</source>
        <translation>Sin montajes</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Puerto del contenedor</translation>
    </message>
    <message>
        <source>Published on the host</source>
        <translation>Publicado en el anfitrión</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>No ports</source>
        <translation>Sin puertos</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Puerta de enlace</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>Volume {0} — click to select it in the volumes view
On the host: {1}</source>
        <translation>Volumen {0}: haz clic para seleccionarlo en la vista de volúmenes
En el anfitrión: {1}</translation>
    </message>
    <message>
        <source>Click to select the image</source>
        <translation>Haz clic para seleccionar la imagen</translation>
    </message>
    <message>
        <source> — restarted {0} times</source>
        <translation> — reiniciado {0} veces</translation>
    </message>
    <message>
        <source>{0}
The full ID is in Raw JSON (Id)</source>
        <translation>{0}
El ID completo está en el JSON en bruto (Id)</translation>
    </message>
    <message>
        <source>No network: started with --network none</source>
        <translation>Sin red: iniciado con --network none</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Remove this mount…</source>
        <translation>Quitar este montaje…</translation>
    </message>
    <message>
        <source>Replace its volume…</source>
        <translation>Reemplazar su volumen…</translation>
    </message>
</context>
<context>
    <name>ContainerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Volumes and mounts</source>
        <translation>Volúmenes y montajes</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Write layer</source>
        <translation>Capa de escritura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>CPU · memory</source>
        <translation>CPU · memoria</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation>sin volúmenes</translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation>sin agrupar</translation>
    </message>
    <message>
        <source>ID: {0}</source>
        <translation>ID: {0}</translation>
    </message>
    <message>
        <source>Command: {0}</source>
        <translation>Comando: {0}</translation>
    </message>
    <message>
        <source>Compose project: {0}</source>
        <translation>Proyecto Compose: {0}</translation>
    </message>
    <message>
        <source>Uses the selected volume: {0}</source>
        <translation>Usa el volumen seleccionado: {0}</translation>
    </message>
    <message>
        <source>This container mounts no volume: its files live only in its write layer.</source>
        <translation>Este contenedor no monta ningún volumen: sus archivos viven solo en su capa de escritura.</translation>
    </message>
    <message>
        <source>Files written in the container (measured {0} ago). Removing the container deletes them.</source>
        <translation>Archivos escritos en el contenedor (medido hace {0}). Eliminar el contenedor los borra.</translation>
    </message>
    <message>
        <source>Size of the container&apos;s write layer: measured when the row is shown.</source>
        <translation>Tamaño de la capa de escritura del contenedor: se mide cuando se muestra la fila.</translation>
    </message>
    <message>
        <source>Live CPU and memory of the containers whose Stats tab you opened (volgui streams stats only for what it shows).</source>
        <translation>CPU y memoria en vivo de los contenedores cuya pestaña Estadísticas abriste (volgui solo transmite estadísticas de lo que muestra).</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>Filter containers: name, image, label…</source>
        <translation>Filtrar contenedores: nombre, imagen, etiqueta…</translation>
    </message>
    <message>
        <source>Only containers using the selected volumes</source>
        <translation>Solo contenedores que usan los volúmenes seleccionados</translation>
    </message>
    <message>
        <source>Show only the containers that mount the volumes selected on the right</source>
        <translation>Mostrar solo los contenedores que montan los volúmenes seleccionados a la derecha</translation>
    </message>
    <message>
        <source>No container uses the selected volume</source>
        <translation>Ningún contenedor usa el volumen seleccionado</translation>
    </message>
    <message>
        <source>No containers yet</source>
        <translation>Aún no hay contenedores</translation>
    </message>
    <message>
        <source>Containers are made from images (docker run). Create one to see it here.</source>
        <translation>Los contenedores se crean a partir de imágenes (docker run). Crea uno para verlo aquí.</translation>
    </message>
    <message>
        <source>Create container…</source>
        <translation>Crear contenedor…</translation>
    </message>
    <message>
        <source>Drop onto a container to mount it there</source>
        <translation>Suéltalo sobre un contenedor para montarlo allí</translation>
    </message>
    <message>
        <source>Measure write layer again</source>
        <translation>Medir de nuevo la capa de escritura</translation>
    </message>
</context>
<context>
    <name>ContrastToggle</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>White on black with a yellow selection, for more contrast</source>
        <translation>Blanco sobre negro con selección amarilla, para más contraste</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>volgui — unexpected error</source>
        <translation>volgui: error inesperado</translation>
    </message>
    <message>
        <source>The details were saved to {0}</source>
        <translation>Los detalles se guardaron en {0}</translation>
    </message>
    <message>
        <source>The details could not be saved to the log folder {0}.</source>
        <translation>No se pudieron guardar los detalles en la carpeta de registros {0}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the error and its details, to paste into a bug report</source>
        <translation>Copiar el error y sus detalles, para pegarlos en un informe de error</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside volgui itself (not in the Docker engine). You can keep working; please report it with the details below.</source>
        <translation>Algo inesperado falló dentro del propio volgui (no en el motor Docker). Puedes seguir trabajando; por favor, infórmalo con los detalles de abajo.</translation>
    </message>
    <message>
        <source>(It happened {0} times.)</source>
        <translation>(Ocurrió {0} veces.)</translation>
    </message>
    <message>
        <source>({0} errors)</source>
        <translation>({0} errores)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>Create volume</source>
        <translation>Crear volumen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>A volume keeps data outside any container: it survives when containers are removed, and several containers can share it.</source>
        <translation>Un volumen guarda datos fuera de cualquier contenedor: sobrevive cuando se eliminan los contenedores y varios contenedores pueden compartirlo.</translation>
    </message>
    <message>
        <source>“local” stores the data on the engine&apos;s disk, or mounts what the kind below says. Other drivers come from plugins.</source>
        <translation>«local» guarda los datos en el disco del motor, o monta lo que indica el tipo de abajo. Otros controladores vienen de plugins.</translation>
    </message>
    <message>
        <source>Labels to find the volume by, one key=value a line</source>
        <translation>Etiquetas para encontrar el volumen, una clave=valor por línea</translation>
    </message>
    <message>
        <source>&amp;Test mount</source>
        <translation>&amp;Probar montaje</translation>
    </message>
    <message>
        <source>Mount these options once in a scratch volume, before creating anything, and say what the engine&apos;s kernel answered</source>
        <translation>Montar estas opciones una vez en un volumen de prueba, antes de crear nada, y decir qué respondió el núcleo del motor</translation>
    </message>
    <message>
        <source>Labels and raw options: one key=value a line.</source>
        <translation>Etiquetas y opciones en bruto: un key=value por línea.</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sin conexión con un motor.</translation>
    </message>
    <message>
        <source>Test mount</source>
        <translation>Probar montaje</translation>
    </message>
    <message>
        <source>Mounting the options once…</source>
        <translation>Montando las opciones una vez…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Controlador:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists.</source>
        <translation>Ya existe un volumen llamado «{0}».</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>Close the dialog without doing anything</source>
        <translation>Cerrar el diálogo sin hacer nada</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Keep these settings and close the dialog</source>
        <translation>Guardar estos ajustes y cerrar el diálogo</translation>
    </message>
    <message>
        <source>Do what this dialog shows (the equivalent command) and close it</source>
        <translation>Hacer lo que muestra este diálogo (el comando equivalente) y cerrarlo</translation>
    </message>
    <message>
        <source>Pick the file in a file chooser</source>
        <translation>Elegir el archivo en un selector de archivos</translation>
    </message>
    <message>
        <source>Pick the folder in a folder chooser</source>
        <translation>Elegir la carpeta en un selector de carpetas</translation>
    </message>
    <message>
        <source>The docker command that does the same, to read or copy</source>
        <translation>El comando docker que hace lo mismo, para leerlo o copiarlo</translation>
    </message>
    <message>
        <source>The arrow keys move between rows; the Menu key opens the actions of the row</source>
        <translation>Las flechas cambian de fila; la tecla Menú abre las acciones de la fila</translation>
    </message>
    <message>
        <source>The container may read the files in the volume but not change them</source>
        <translation>El contenedor puede leer los archivos del volumen, pero no cambiarlos</translation>
    </message>
    <message>
        <source>The container may change the files in the volume</source>
        <translation>El contenedor puede cambiar los archivos del volumen</translation>
    </message>
    <message>
        <source>A list to read: the arrow keys move from row to row</source>
        <translation>Una lista para leer: las flechas pasan de fila en fila</translation>
    </message>
    <message>
        <source>Stop the running job (nothing is left half done), or close the dialog</source>
        <translation>Detener el trabajo en curso (nada queda a medias) o cerrar el diálogo</translation>
    </message>
</context>
<context>
    <name>DisconnectedBanner</name>
    <message>
        <source>&lt;b&gt;Not connected to a Docker engine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sin conexión con un motor Docker&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
</context>
<context>
    <name>DiskText</name>
    <message numerus="yes">
        <source>used by %Ln container(s)</source>
        <translation>
            <numerusform>usada por %Ln contenedor</numerusform>
            <numerusform>usada por %Ln contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>unused</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
</context>
<context>
    <name>DiskUseDialog</name>
    <message>
        <source>What takes space</source>
        <translation>Qué ocupa espacio</translation>
    </message>
    <message>
        <source>How much disk they use; the button removes {0}</source>
        <translation>Cuánto disco ocupan; el botón elimina {0}</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Medir de nuevo</translation>
    </message>
    <message>
        <source>Ask the engine again how much disk each kind of object uses</source>
        <translation>Preguntar de nuevo al motor cuánto disco ocupa cada tipo de objeto</translation>
    </message>
    <message>
        <source>Measuring (this reads every volume&apos;s files)…</source>
        <translation>Midiendo (se leen los archivos de cada volumen)…</translation>
    </message>
    <message>
        <source>{0} in all; the clean-ups below could free {1}.</source>
        <translation>{0} en total; las limpiezas de abajo podrían liberar {1}.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) ago</source>
        <translation>
            <numerusform>hace %Ln segundo</numerusform>
            <numerusform>hace %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s) ago</source>
        <translation>
            <numerusform>hace %Ln semana</numerusform>
            <numerusform>hace %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>hace %Ln mes</numerusform>
            <numerusform>hace %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>hace %Ln año</numerusform>
            <numerusform>hace %Ln años</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: its main process finished normally (exit code 0)</source>
        <translation>detenido: su proceso principal terminó con normalidad (código de salida 0)</translation>
    </message>
    <message>
        <source>stopped: killed after {0} s because it ignored the stop signal (exit code 137 = SIGKILL; Kill, or running out of memory, end a container the same way)</source>
        <translation>detenido: matado tras {0} s porque ignoró la señal de parada (código de salida 137 = SIGKILL; Matar, o quedarse sin memoria, terminan un contenedor igual)</translation>
    </message>
    <message>
        <source>stopped: it obeyed the stop signal and ended (exit code 143 = SIGTERM)</source>
        <translation>detenido: obedeció la señal de parada y terminó (código de salida 143 = SIGTERM)</translation>
    </message>
    <message>
        <source>stopped: interrupted, as by Ctrl+C (exit code 130 = SIGINT)</source>
        <translation>detenido: interrumpido, como con Ctrl+C (código de salida 130 = SIGINT)</translation>
    </message>
    <message>
        <source>stopped: its command could not be run (exit code 126: not executable)</source>
        <translation>detenido: su comando no se pudo ejecutar (código de salida 126: no ejecutable)</translation>
    </message>
    <message>
        <source>stopped: its command was not found in the image (exit code 127)</source>
        <translation>detenido: su comando no se encontró en la imagen (código de salida 127)</translation>
    </message>
    <message>
        <source>stopped: ended by signal {0} (exit code {1})</source>
        <translation>detenido: terminado por la señal {0} (código de salida {1})</translation>
    </message>
    <message>
        <source>stopped: its main process ended with error code {0}</source>
        <translation>detenido: su proceso principal terminó con el código de error {0}</translation>
    </message>
    <message>
        <source>The write layer is where a container keeps every file it creates or changes outside its volumes; it is deleted when the container is removed.</source>
        <translation>La capa de escritura es donde un contenedor guarda cada archivo que crea o cambia fuera de sus volúmenes; se borra cuando se elimina el contenedor.</translation>
    </message>
    <message>
        <source>A snapshot image is a new image made from the container as it is now (docker commit): the new container starts with exactly the same files.</source>
        <translation>Una imagen instantánea es una imagen nueva hecha del contenedor tal como está ahora (docker commit): el contenedor nuevo arranca exactamente con los mismos archivos.</translation>
    </message>
    <message>
        <source>it is stopped — its processes get up to {0} s to finish, as with docker stop — and the new one starts right after, usually within a second or two more</source>
        <translation>se detiene (sus procesos tienen hasta {0} s para terminar, como con docker stop) y el nuevo arranca justo después, normalmente en uno o dos segundos más</translation>
    </message>
    <message>
        <source>killed (137)</source>
        <translation>matado (137)</translation>
    </message>
    <message>
        <source>stopped (143)</source>
        <translation>detenido (143)</translation>
    </message>
    <message>
        <source>exited ({0})</source>
        <translation>salió ({0})</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>salió</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>reiniciando</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>eliminándose</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>muerto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sano</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>no sano</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>arrancando</translation>
    </message>
    <message>
        <source>{0} ({1} ago)</source>
        <translation>{0} (hace {1})</translation>
    </message>
    <message>
        <source>The Docker engine at {0} has not answered since {1} — it may be hung, overloaded or unreachable. volgui checks every few seconds and carries on when it answers.</source>
        <translation>El motor Docker en {0} no responde desde las {1}: puede estar colgado, sobrecargado o inalcanzable. volgui lo comprueba cada pocos segundos y continúa cuando responda.</translation>
    </message>
    <message>
        <source>Not part of a compose project.</source>
        <translation>No forma parte de ningún proyecto Compose.</translation>
    </message>
    <message>
        <source>Compose project: {0}</source>
        <translation>Proyecto Compose: {0}</translation>
    </message>
    <message>
        <source>Service: {0}</source>
        <translation>Servicio: {0}</translation>
    </message>
    <message>
        <source>Working directory: {0}</source>
        <translation>Carpeta de trabajo: {0}</translation>
    </message>
    <message>
        <source>Config files: {0}</source>
        <translation>Archivos de configuración: {0}</translation>
    </message>
</context>
<context>
    <name>DriverForms</name>
    <message>
        <source>What the volume holds; the fields below change with it</source>
        <translation>Lo que contiene el volumen; los campos de abajo cambian según ello</translation>
    </message>
    <message>
        <source>The driver&apos;s own (options below, if any)</source>
        <translation>Las del propio controlador (opciones abajo, si las hay)</translation>
    </message>
    <message>
        <source>NFS share</source>
        <translation>Recurso compartido NFS</translation>
    </message>
    <message>
        <source>SMB/CIFS share (Windows, Samba)</source>
        <translation>Recurso compartido SMB/CIFS (Windows, Samba)</translation>
    </message>
    <message>
        <source>In memory (tmpfs)</source>
        <translation>En memoria (tmpfs)</translation>
    </message>
    <message>
        <source>A folder on the engine&apos;s machine</source>
        <translation>Una carpeta en el equipo del motor</translation>
    </message>
    <message>
        <source>Options for the driver, one key=value a line</source>
        <translation>Opciones para el controlador, una clave=valor por línea</translation>
    </message>
    <message>
        <source>(optional) one key=value a line, e.g. type=tmpfs</source>
        <translation>(opcional) un key=value por línea, p. ej. type=tmpfs</translation>
    </message>
    <message>
        <source>Driver &amp;options:</source>
        <translation>&amp;Opciones del controlador:</translation>
    </message>
    <message>
        <source>The NFS version the server speaks</source>
        <translation>La versión de NFS que habla el servidor</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportación:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>O&amp;pciones:</translation>
    </message>
    <message>
        <source>(empty: guest)</source>
        <translation>(vacío: invitado)</translation>
    </message>
    <message>
        <source>Shown as dots; Docker keeps it with the volume</source>
        <translation>Se muestra con puntos; Docker la guarda con el volumen</translation>
    </message>
    <message>
        <source>The SMB version the server speaks</source>
        <translation>La versión de SMB que habla el servidor</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Tama&amp;ño:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
</context>
<context>
    <name>EngineListModel</name>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>lento</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>aún sin conexión</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation>Último error: {0}</translation>
    </message>
    <message>
        <source>Not connected yet — select it to connect</source>
        <translation>Aún sin conexión: selecciónalo para conectar</translation>
    </message>
    <message>
        <source>not answering since {0}</source>
        <translation>no responde desde {0}</translation>
    </message>
    <message>
        <source>slow (answers in {0})</source>
        <translation>lento (responde en {0})</translation>
    </message>
</context>
<context>
    <name>EngineStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try to connect to the engine again</source>
        <translation>Intentar conectar de nuevo con el motor</translation>
    </message>
    <message>
        <source>Slow — answers in {0}: {1}</source>
        <translation>Lento, responde en {0}: {1}</translation>
    </message>
    <message>
        <source>The engine answers, but slowly; actions may take a while.</source>
        <translation>El motor responde, pero despacio; las acciones pueden tardar.</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>Conectado: {0}</translation>
    </message>
    <message>
        <source>Found via {0}</source>
        <translation>Encontrado mediante {0}</translation>
    </message>
    <message>
        <source>Not answering since {0} — {1}</source>
        <translation>No responde desde {0}: {1}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected — {0}</source>
        <translation>Sin conexión: {0}</translation>
    </message>
    <message>
        <source>⚠ Not secure</source>
        <translation>⚠ No seguro</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>{0} {1} (API {2}) at {3}</source>
        <translation>{0} {1} (API {2}) en {3}</translation>
    </message>
    <message>
        <source>No Docker engine answered. Tried:
{0}</source>
        <translation>Ningún motor Docker respondió. Probados:
{0}</translation>
    </message>
</context>
<context>
    <name>EnginesPanel</name>
    <message>
        <source>Engines</source>
        <translation>Motores</translation>
    </message>
    <message>
        <source>Select an engine to connect to it</source>
        <translation>Seleccione un motor para conectarse a él</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add an engine reached over SSH, TLS or a socket path</source>
        <translation>Añadir un motor accesible por SSH, TLS o una ruta de socket</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected engine from the list</source>
        <translation>Quitar el motor seleccionado de la lista</translation>
    </message>
    <message>
        <source>Add engine</source>
        <translation>Añadir motor</translation>
    </message>
    <message>
        <source>Remove engine</source>
        <translation>Eliminar motor</translation>
    </message>
    <message>
        <source>Forget the engine “{0}” ({1})? Nothing on the engine itself is changed.</source>
        <translation>¿Olvidar el motor «{0}» ({1})? En el propio motor no cambia nada.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Enlace simbólico</translation>
    </message>
    <message>
        <source>Hard link</source>
        <translation>Enlace duro</translation>
    </message>
    <message>
        <source>Named pipe</source>
        <translation>Tubería con nombre</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Dispositivo de caracteres</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Dispositivo de bloques</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: permission denied — is your user in the docker group? (log out and in again after adding it)</source>
        <translation>Motor Docker no accesible en {0}: permiso denegado — ¿está tu usuario en el grupo docker? (cierra la sesión y vuelve a entrar tras añadirlo)</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: the socket does not exist — is the engine running?</source>
        <translation>Motor Docker no accesible en {0}: el socket no existe — ¿está en marcha el motor?</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: connection refused — is the engine running?</source>
        <translation>Motor Docker no accesible en {0}: conexión rechazada — ¿está en marcha el motor?</translation>
    </message>
    <message>
        <source>Docker engine at {0}: the server&apos;s SSH host key is not known — connect once with `ssh {1}` to check and accept it, then retry.</source>
        <translation>Motor Docker en {0}: no se conoce la clave de host SSH del servidor — conéctate una vez con `ssh {1}` para comprobarla y aceptarla, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Docker engine at {0}: its TLS certificate is not signed by the CA you gave (certificate verify failed) — check the CA certificate, or whether this is the right engine.</source>
        <translation>Motor Docker en {0}: su certificado TLS no está firmado por la CA indicada (certificate verify failed) — comprueba el certificado de la CA, o si es el motor correcto.</translation>
    </message>
    <message>
        <source>Docker engine at {0} did not answer in time — it may be overloaded or hung.</source>
        <translation>El motor Docker en {0} no respondió a tiempo — puede estar sobrecargado o colgado.</translation>
    </message>
    <message>
        <source>Docker engine at {0}: the TLS handshake failed — check the CA, client certificate and key ({1})</source>
        <translation>Motor Docker en {0}: falló el saludo TLS — comprueba la CA, el certificado de cliente y la clave ({1})</translation>
    </message>
    <message>
        <source>Docker engine at {0}: SSH authentication failed — check your key and agent.</source>
        <translation>Motor Docker en {0}: falló la autenticación SSH — comprueba tu clave y tu agente.</translation>
    </message>
    <message>
        <source>Docker engine not reachable at {0}: {1}</source>
        <translation>Motor Docker no accesible en {0}: {1}</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>el motor</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} falló: {1}</translation>
    </message>
    <message>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volumen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nodo</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>Not found: {0} “{1}” — it may have been removed in the meantime.</source>
        <translation>No encontrado: {0} «{1}» — puede que se haya eliminado entretanto.</translation>
    </message>
    <message>
        <source>Not found — it may have been removed in the meantime.</source>
        <translation>No encontrado — puede que se haya eliminado entretanto.</translation>
    </message>
    <message>
        <source>That name is taken by another container: choose another name, or remove that container first.</source>
        <translation>Ese nombre está ocupado por otro contenedor: elige otro nombre o elimina antes ese contenedor.</translation>
    </message>
    <message>
        <source>It is in use: remove or stop the containers that use it first.</source>
        <translation>Está en uso: elimina o detén antes los contenedores que lo usan.</translation>
    </message>
    <message>
        <source>Cannot write to this computer&apos;s disk: {0}</source>
        <translation>No se puede escribir en el disco de este equipo: {0}</translation>
    </message>
    <message>
        <source>Cannot use {0}: {1}</source>
        <translation>No se puede usar {0}: {1}</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>El motor rechazó la petición.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Archive file</source>
        <translation>Archivo comprimido</translation>
    </message>
    <message>
        <source>The backup file (.tar or .tar.gz) on this computer</source>
        <translation>El archivo de copia (.tar o .tar.gz) en este equipo</translation>
    </message>
    <message>
        <source>Compress (gzip) — smaller, slower</source>
        <translation>Comprimir (gzip): más pequeño, más lento</translation>
    </message>
    <message>
        <source>Write a .tar.gz file: smaller, takes longer</source>
        <translation>Escribir un archivo .tar.gz: más pequeño, tarda más</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Copiar en</translation>
    </message>
    <message>
        <source>Tar archives (*.tar *.tar.gz *.tgz)</source>
        <translation>Archivos tar (*.tar *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Choose a volume and a file.</source>
        <translation>Elige un volumen y un archivo.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%s exists. Replace it when the backup is complete?</source>
        <translation>%s existe. ¿Reemplazarlo cuando termine la copia?</translation>
    </message>
</context>
<context>
    <name>FileBrowser</name>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation>Subir archivos…</translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation>Subir carpeta…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Carpeta nueva…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>The folder shown; type a path and press Enter to go there</source>
        <translation>La carpeta mostrada; escriba una ruta y pulse Intro para ir allí</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>The folder tree; Right opens a folder, Left closes it</source>
        <translation>El árbol de carpetas; Derecha abre una carpeta, Izquierda la cierra</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>The files of the folder; Enter opens a folder, the Menu key acts on the selection</source>
        <translation>Los archivos de la carpeta; Intro abre una carpeta, la tecla Menú actúa sobre la selección</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>The start of the selected file, to read</source>
        <translation>El principio del archivo seleccionado, para leerlo</translation>
    </message>
    <message>
        <source>Select a file to preview it</source>
        <translation>Selecciona un archivo para verlo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Comando equivalente</translation>
    </message>
    <message>
        <source>Reading /%s… %s read</source>
        <translation>Leyendo /%s… %s leídos</translation>
    </message>
    <message>
        <source>Downloaded %s</source>
        <translation>%s descargado</translation>
    </message>
    <message>
        <source>Uploaded %s</source>
        <translation>%s subido</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%s is too much to drag: use Download… instead.</source>
        <translation>%s es demasiado para arrastrar: usa Descargar… en su lugar.</translation>
    </message>
    <message>
        <source>/%s — %s, %s in files</source>
        <translation>/%s: %s, %s en archivos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Docker glossary</source>
        <translation>Glosario de Docker</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Docker words and what they mean, one paragraph each</source>
        <translation>Términos de Docker y lo que significan, un párrafo cada uno</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Show what would be removed, and remove it after you confirm</source>
        <translation>Mostrar lo que se eliminaría, y eliminarlo cuando lo confirme</translation>
    </message>
    <message>
        <source> ({0} more not listed)</source>
        <translation> ({0} más sin listar)</translation>
    </message>
    <message>
        <source>{0}: {1}. A clean-up of {2} frees {3}.{4}</source>
        <translation>{0}: {1}. Limpiar {2} libera {3}.{4}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>Record volume history</source>
        <translation>Registrar el historial de volúmenes</translation>
    </message>
    <message>
        <source>Read volume history</source>
        <translation>Leer el historial de volúmenes</translation>
    </message>
</context>
<context>
    <name>ImageHistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Historial de {0}</translation>
    </message>
    <message>
        <source>Reading the layers…</source>
        <translation>Leyendo las capas…</translation>
    </message>
    <message>
        <source>Steps of the image, newest first</source>
        <translation>Pasos de la imagen, los más recientes primero</translation>
    </message>
    <message>
        <source>{0}, {1} of them with files ({2} in all). Newest first; a step without files (ENV, CMD, LABEL…) only changed the settings.</source>
        <translation>{0}, {1} de ellos con archivos ({2} en total). Los más recientes primero; un paso sin archivos (ENV, CMD, LABEL…) solo cambió la configuración.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln paso</numerusform>
            <numerusform>%Ln pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageJobDialog</name>
    <message>
        <source>Cancelled: nothing was left half done.</source>
        <translation>Cancelado: no quedó nada a medias.</translation>
    </message>
</context>
<context>
    <name>ImageSummaryView</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas de versión</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Punto de entrada</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Puertos expuestos</translation>
    </message>
    <message>
        <source>Declared volumes</source>
        <translation>Volúmenes declarados</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Resúmenes</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Click to select {0} in the containers view</source>
        <translation>Haz clic para seleccionar {0} en la vista de contenedores</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>No container uses this image</source>
        <translation>Ningún contenedor usa esta imagen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&lt;none&gt; (untagged)</source>
        <translation>&lt;ninguna&gt; (sin etiqueta)</translation>
    </message>
    <message>
        <source>{0}
The full ID is in Raw JSON (Id)</source>
        <translation>{0}
El ID completo está en el JSON en bruto (Id)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <source>Repository:tag</source>
        <translation>Repositorio:etiqueta</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>&lt;none&gt;</source>
        <translation>&lt;ninguna&gt;</translation>
    </message>
</context>
<context>
    <name>ImageTransferDialog</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Each layer of the image with how much of it has been sent</source>
        <translation>Cada capa de la imagen y cuánto se ha enviado de ella</translation>
    </message>
    <message>
        <source>Registry credentials</source>
        <translation>Credenciales del registro</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln layer(s) done</source>
        <translation>
            <numerusform>{0} de %Ln capa lista</numerusform>
            <numerusform>{0} de %Ln capas listas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more not listed</source>
        <translation>{0} más sin listar</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Esperando al motor…</translation>
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
        <translation>&amp;Imagen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s)</source>
        <translation>
            <numerusform>Eliminar %Ln imagen</numerusform>
            <numerusform>Eliminar %Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln unused image(s)</source>
        <translation>
            <numerusform>Depurar %Ln imagen sin usar</numerusform>
            <numerusform>Depurar %Ln imágenes sin usar</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>Etiquetar {0}</translation>
    </message>
    <message>
        <source>Prune build cache</source>
        <translation>Depurar la caché de compilación</translation>
    </message>
    <message>
        <source>Freed {0}</source>
        <translation>{0} liberado</translation>
    </message>
    <message>
        <source>Tagged {0}</source>
        <translation>{0} etiquetada</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Hecho: {0}</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Filter images: tag, id, label…</source>
        <translation>Filtrar imágenes: etiqueta, id, etiqueta…</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>No hay imágenes</translation>
    </message>
    <message>
        <source>Images are pulled or built with docker; the ones on this engine are listed here.</source>
        <translation>Las imágenes se descargan o se construyen con docker; aquí aparecen las de este motor.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Archive file</source>
        <translation>Archivo comprimido</translation>
    </message>
    <message>
        <source>The backup file (.tar or .tar.gz) on this computer</source>
        <translation>El archivo de copia (.tar o .tar.gz) en este equipo</translation>
    </message>
    <message>
        <source>into a new volume named</source>
        <translation>en un volumen nuevo llamado</translation>
    </message>
    <message>
        <source>into the existing volume</source>
        <translation>en el volumen existente</translation>
    </message>
    <message>
        <source>Make a new volume with the name that follows and restore into it</source>
        <translation>Crear un volumen nuevo con el nombre que sigue y restaurar en él</translation>
    </message>
    <message>
        <source>Replace what the chosen volume holds with the backup</source>
        <translation>Reemplazar lo que contiene el volumen elegido por la copia</translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation>Nombre del volumen nuevo</translation>
    </message>
    <message>
        <source>A name no volume has yet</source>
        <translation>Un nombre que ningún volumen tiene aún</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Restaurar:</translation>
    </message>
    <message>
        <source>the volume&apos;s files as they are now</source>
        <translation>los archivos del volumen tal como están ahora</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
    <message>
        <source>Tar archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>Archivos tar (*.tar *.tar.gz *.tgz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the archive to restore.</source>
        <translation>Elige el archivo que restaurar.</translation>
    </message>
    <message>
        <source>“%s” is not a valid volume name (letters, digits, “_.-”, at least two characters).</source>
        <translation>«%s» no es un nombre de volumen válido (letras, dígitos, «_.-», al menos dos caracteres).</translation>
    </message>
    <message>
        <source>A volume named “%s” already exists: choose “into the existing volume” to overwrite its files.</source>
        <translation>Ya existe un volumen llamado «%s»: elige «en el volumen existente» para sobrescribir sus archivos.</translation>
    </message>
    <message>
        <source>Choose the volume to restore into.</source>
        <translation>Elige el volumen en el que restaurar.</translation>
    </message>
    <message>
        <source>Restore special files?</source>
        <translation>¿Restaurar archivos especiales?</translation>
    </message>
    <message>
        <source>Overwrite files?</source>
        <translation>¿Sobrescribir archivos?</translation>
    </message>
    <message>
        <source>The archive holds device nodes or files that run with their owner&apos;s rights (set-user-ID or set-group-ID):</source>
        <translation>El archivo contiene nodos de dispositivo o archivos que se ejecutan con los derechos de su dueño (set-user-ID o set-group-ID):</translation>
    </message>
    <message>
        <source>They are restored only if you agree. Restore them?</source>
        <translation>Solo se restauran si estás de acuerdo. ¿Restaurarlos?</translation>
    </message>
    <message>
        <source>Restoring into “%s” writes the archive&apos;s %s over the volume&apos;s files. Files with the same names are replaced; other files stay.</source>
        <translation>Restaurar en «%s» escribe %s del archivo sobre los archivos del volumen. Los archivos con el mismo nombre se reemplazan; los demás se quedan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>These files exist and will be overwritten:</source>
        <translation>Estos archivos existen y se sobrescribirán:</translation>
    </message>
    <message>
        <source>
  … and %d more</source>
        <translation>
  … y %d más</translation>
    </message>
    <message>
        <source>(Only the archive&apos;s first %s were checked.)</source>
        <translation>(Solo se comprobaron los primeros %s del archivo.)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s files exist there now%s.</source>
        <translation>Ninguno de los archivos del archivo existe allí ahora%s.</translation>
    </message>
    <message>
        <source> (first %d checked)</source>
        <translation> (comprobados los primeros %d)</translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Checking which files would be overwritten…</source>
        <translation>Comprobando qué archivos se sobrescribirían…</translation>
    </message>
</context>
<context>
    <name>InspectPanel</name>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Inspect again</source>
        <translation>Inspeccionar de nuevo</translation>
    </message>
    <message>
        <source>The equivalent docker command</source>
        <translation>El comando docker equivalente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copiar el comando</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The main facts, in sections</source>
        <translation>Lo principal, por secciones</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON en bruto</translation>
    </message>
    <message>
        <source>What the engine answered, as a tree to read</source>
        <translation>Lo que respondió el motor, como un árbol para leer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Cargando {0}…</translation>
    </message>
    <message>
        <source>Inspect {0} {1}</source>
        <translation>Inspeccionar {0} {1}</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Recargando…</translation>
    </message>
    <message>
        <source>measuring… (the engine walks every volume&apos;s files)</source>
        <translation>midiendo… (el motor recorre los archivos de cada volumen)</translation>
    </message>
    <message>
        <source>Inspected at {0}</source>
        <translation>Inspeccionado a las {0}</translation>
    </message>
    <message>
        <source>{0} {1} no longer exists.</source>
        <translation>{0} {1} ya no existe.</translation>
    </message>
    <message>
        <source>Could not inspect {0} {1}:
{2}</source>
        <translation>No se pudo inspeccionar {0} {1}:
{2}</translation>
    </message>
    <message>
        <source>Measure volume sizes</source>
        <translation>Medir tamaños de volúmenes</translation>
    </message>
    <message>
        <source>the engine did not report this volume&apos;s size</source>
        <translation>el motor no informó del tamaño de este volumen</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Copiado: {0}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Sin conexión con un motor.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Search keys and values</source>
        <translation>Buscar claves y valores</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Expandir cada nodo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>Collapse every node</source>
        <translation>Contraer cada nodo</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy path (like HostConfig.Binds[0])</source>
        <translation>Copiar ruta (como HostConfig.Binds[0])</translation>
    </message>
    <message>
        <source>Copy docker inspect --format command</source>
        <translation>Copiar el comando docker inspect --format</translation>
    </message>
    <message>
        <source>Copy the whole JSON</source>
        <translation>Copiar todo el JSON</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected value, its path, or all</source>
        <translation>Copiar el valor seleccionado, su ruta o todo</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencias</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>KeyringText</name>
    <message>
        <source>The desktop keyring cannot be used ({0}): the password is asked each time.</source>
        <translation>No se puede usar el llavero del escritorio ({0}): la contraseña se pide cada vez.</translation>
    </message>
    <message>
        <source>No desktop keyring is available (such as GNOME Keyring or KWallet): the password is asked each time and never saved.</source>
        <translation>No hay llavero de escritorio disponible (como GNOME Keyring o KWallet): la contraseña se pide cada vez y nunca se guarda.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>The lesson to start</source>
        <translation>La lección que se va a empezar</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Empezar lección</translation>
    </message>
    <message>
        <source>Start the chosen lesson at its first step</source>
        <translation>Empezar la lección elegida por su primer paso</translation>
    </message>
    <message>
        <source>Command of this step</source>
        <translation>Comando de este paso</translation>
    </message>
    <message>
        <source>The command this step runs, to read or copy into a terminal</source>
        <translation>El comando de este paso, para leerlo o copiarlo en un terminal</translation>
    </message>
    <message>
        <source>Do it for me</source>
        <translation>Hazlo por mí</translation>
    </message>
    <message>
        <source>Run this step&apos;s command for you</source>
        <translation>Ejecutar el comando de este paso por usted</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Go on to the next step of the lesson</source>
        <translation>Pasar al siguiente paso de la lección</translation>
    </message>
    <message>
        <source>Clean up lesson</source>
        <translation>Limpiar lección</translation>
    </message>
    <message>
        <source>Remove what the lessons made: their containers, volumes and images</source>
        <translation>Eliminar lo que crearon las lecciones: sus contenedores, volúmenes e imágenes</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Open the list of Docker words and what they mean</source>
        <translation>Abrir la lista de términos de Docker y lo que significan</translation>
    </message>
    <message>
        <source>The same in the terminal:</source>
        <translation>Lo mismo en el terminal:</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} pasos</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>el motor</translation>
    </message>
    <message>
        <source>“{0}” runs for real on {1}: it creates containers and volumes named learn-… and removes them when you click “Clean up lesson” — also those named learn-… that you make during the lesson. Nothing made before it, or named otherwise, is touched. Start?</source>
        <translation>«{0}» se ejecuta de verdad en {1}: crea contenedores y volúmenes llamados learn-… y los elimina cuando pulsas «Limpiar lección», también los llamados learn-… que crees durante la lección. No se toca nada creado antes ni con otro nombre. ¿Empezar?</translation>
    </message>
    <message>
        <source>Looking for a local image with a shell…</source>
        <translation>Buscando una imagen local con un shell…</translation>
    </message>
    <message>
        <source>Choose a lesson image</source>
        <translation>Elegir una imagen para la lección</translation>
    </message>
    <message>
        <source>{0} — step {1} of {2}</source>
        <translation>{0}: paso {1} de {2}</translation>
    </message>
    <message>
        <source>Running: {0}</source>
        <translation>Ejecutando: {0}</translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation>Lección: {0}</translation>
    </message>
    <message>
        <source>Lesson check</source>
        <translation>Comprobación de la lección</translation>
    </message>
    <message>
        <source>✔ Done — the engine shows it.</source>
        <translation>✔ Hecho: el motor lo muestra.</translation>
    </message>
    <message>
        <source>Lesson complete! Click “Clean up lesson” to remove what it made.</source>
        <translation>¡Lección completada! Pulsa «Limpiar lección» para eliminar lo que creó.</translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <source>Looking for what the lesson made…</source>
        <translation>Buscando lo que creó la lección…</translation>
    </message>
    <message>
        <source>List what lesson {0} made</source>
        <translation>Listar lo que creó la lección {0}</translation>
    </message>
    <message>
        <source>Clean-up removes what this lesson made: the containers and volumes it created itself</source>
        <translation>La limpieza elimina lo que creó esta lección: los contenedores y volúmenes que creó ella misma</translation>
    </message>
    <message>
        <source>, and those named learn-… created since the lesson started ({0}), such as the ones you made following its steps</source>
        <translation>, y los llamados learn-… creados desde que empezó la lección ({0}), como los que creaste siguiendo sus pasos</translation>
    </message>
    <message>
        <source>. Anything made before the lesson, or named otherwise, is kept.</source>
        <translation>. Todo lo creado antes de la lección, o con otro nombre, se conserva.</translation>
    </message>
    <message>
        <source>Will remove:</source>
        <translation>Se eliminará:</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Eliminarlos</translation>
    </message>
    <message>
        <source>the lesson&apos;s volumes</source>
        <translation>los volúmenes de la lección</translation>
    </message>
    <message>
        <source>Snapshot, then clean up lesson</source>
        <translation>Instantánea y después limpiar la lección</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>Eliminado: {0}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A container&apos;s write layer</source>
        <translation>La capa de escritura de un contenedor</translation>
    </message>
    <message>
        <source>Files created inside a container live in its write layer — and die with it.</source>
        <translation>Los archivos creados dentro de un contenedor viven en su capa de escritura, y mueren con ella.</translation>
    </message>
    <message>
        <source>Run a container</source>
        <translation>Ejecutar un contenedor</translation>
    </message>
    <message>
        <source>A container is a running copy of an image. Everything it changes goes into its own thin write layer on top of the image.</source>
        <translation>Un contenedor es una copia en ejecución de una imagen. Todo lo que cambia va a su propia capa de escritura fina encima de la imagen.</translation>
    </message>
    <message>
        <source>Use “Run container…”, or let the lesson do it.</source>
        <translation>Usa «Ejecutar contenedor…» o deja que lo haga la lección.</translation>
    </message>
    <message>
        <source>Create a file inside it</source>
        <translation>Crear un archivo dentro</translation>
    </message>
    <message>
        <source>Open a terminal in the container and write a file. The file is stored in the container&apos;s write layer, not in the image.</source>
        <translation>Abre un terminal en el contenedor y escribe un archivo. El archivo se guarda en la capa de escritura del contenedor, no en la imagen.</translation>
    </message>
    <message>
        <source>Select the container, “Open terminal”, type: echo hello &gt; /note.txt</source>
        <translation>Selecciona el contenedor, «Abrir terminal», escribe: echo hello &gt; /note.txt</translation>
    </message>
    <message>
        <source>Remove the container</source>
        <translation>Eliminar el contenedor</translation>
    </message>
    <message>
        <source>Removing a container deletes its write layer — every file created in it goes too. volgui&apos;s remove dialog lists exactly what would be lost.</source>
        <translation>Eliminar un contenedor borra su capa de escritura: cada archivo creado en él también se va. El diálogo de eliminar de volgui enumera exactamente lo que se perdería.</translation>
    </message>
    <message>
        <source>See that the file is gone</source>
        <translation>Ver que el archivo ya no está</translation>
    </message>
    <message>
        <source>Run a new container from the same image: it starts from the image again, without /note.txt. To keep data, you need a volume — the next lesson.</source>
        <translation>Ejecuta un contenedor nuevo de la misma imagen: empieza otra vez desde la imagen, sin /note.txt. Para conservar datos necesitas un volumen: la próxima lección.</translation>
    </message>
    <message>
        <source>Volumes keep data</source>
        <translation>Los volúmenes conservan datos</translation>
    </message>
    <message>
        <source>A volume lives outside any container: remove the container, the data stays.</source>
        <translation>Un volumen vive fuera de cualquier contenedor: elimina el contenedor y los datos se quedan.</translation>
    </message>
    <message>
        <source>Create a volume</source>
        <translation>Crear un volumen</translation>
    </message>
    <message>
        <source>A volume is storage that Docker manages apart from containers — like an external drive.</source>
        <translation>Un volumen es almacenamiento que Docker gestiona aparte de los contenedores, como un disco externo.</translation>
    </message>
    <message>
        <source>“New volume…” (Ctrl+N).</source>
        <translation>«Nuevo volumen…» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Run a container with the volume mounted</source>
        <translation>Ejecutar un contenedor con el volumen montado</translation>
    </message>
    <message>
        <source>The -v volume:/path form mounts the volume at /data inside the container.</source>
        <translation>La forma -v volumen:/ruta monta el volumen en /data dentro del contenedor.</translation>
    </message>
    <message>
        <source>Drag the volume onto a container, or use “Run container…” with a volume.</source>
        <translation>Arrastra el volumen sobre un contenedor o usa «Ejecutar contenedor…» con un volumen.</translation>
    </message>
    <message>
        <source>Write a file into the volume</source>
        <translation>Escribir un archivo en el volumen</translation>
    </message>
    <message>
        <source>Anything written under /data goes into the volume, not into the container&apos;s write layer.</source>
        <translation>Todo lo que se escribe bajo /data va al volumen, no a la capa de escritura del contenedor.</translation>
    </message>
    <message>
        <source>The container and its write layer go; the volume is not touched.</source>
        <translation>El contenedor y su capa de escritura se van; el volumen no se toca.</translation>
    </message>
    <message>
        <source>Mount the same volume in a new container and read the file</source>
        <translation>Montar el mismo volumen en un contenedor nuevo y leer el archivo</translation>
    </message>
    <message>
        <source>The file is still there: volumes outlive containers and can be shared between them.</source>
        <translation>El archivo sigue ahí: los volúmenes sobreviven a los contenedores y se pueden compartir entre ellos.</translation>
    </message>
    <message>
        <source>Two volumes for two purposes</source>
        <translation>Dos volúmenes para dos fines</translation>
    </message>
    <message>
        <source>A web server keeps its pages in one volume and its logs in another.</source>
        <translation>Un servidor web guarda sus páginas en un volumen y sus registros en otro.</translation>
    </message>
    <message>
        <source>Create the two volumes</source>
        <translation>Crear los dos volúmenes</translation>
    </message>
    <message>
        <source>Separate volumes let you back up, share or wipe content and logs independently.</source>
        <translation>Volúmenes separados te permiten copiar, compartir o vaciar contenido y registros por separado.</translation>
    </message>
    <message>
        <source>Run a web-server-like container with both</source>
        <translation>Ejecutar un contenedor tipo servidor web con ambos</translation>
    </message>
    <message>
        <source>Pages at /usr/share/nginx/html, logs at /var/log/nginx — the paths nginx uses.</source>
        <translation>Páginas en /usr/share/nginx/html, registros en /var/log/nginx: las rutas que usa nginx.</translation>
    </message>
    <message>
        <source>Inspect both volumes</source>
        <translation>Inspeccionar ambos volúmenes</translation>
    </message>
    <message>
        <source>Select each volume: the details panel shows its mountpoint on the host and which container uses it, and where.</source>
        <translation>Selecciona cada volumen: el panel de detalles muestra su punto de montaje en el anfitrión, qué contenedor lo usa y dónde.</translation>
    </message>
    <message>
        <source>Interactive versus detached</source>
        <translation>Interactivo o en segundo plano</translation>
    </message>
    <message>
        <source>-d runs in the background; -i -t gives you a terminal connected to the main process.</source>
        <translation>-d se ejecuta en segundo plano; -i -t te da un terminal conectado al proceso principal.</translation>
    </message>
    <message>
        <source>Run a detached container (-d)</source>
        <translation>Ejecutar un contenedor en segundo plano (-d)</translation>
    </message>
    <message>
        <source>Detached containers run in the background; you see nothing unless you read their logs.</source>
        <translation>Los contenedores en segundo plano se ejecutan sin mostrar nada; no ves nada salvo que leas sus registros.</translation>
    </message>
    <message>
        <source>Run an interactive container (-i -t)</source>
        <translation>Ejecutar un contenedor interactivo (-i -t)</translation>
    </message>
    <message>
        <source>-i keeps its input open and -t gives it a terminal, so you can type into its shell (volgui&apos;s “Attach” action connects to it).</source>
        <translation>-i mantiene su entrada abierta y -t le da un terminal, para que puedas escribir en su shell (la acción «Adjuntarse» de volgui se conecta a él).</translation>
    </message>
    <message>
        <source>Stopping versus removing</source>
        <translation>Detener o eliminar</translation>
    </message>
    <message>
        <source>Stopping keeps the container and its files; removing deletes the container, never its volumes.</source>
        <translation>Detener conserva el contenedor y sus archivos; eliminar borra el contenedor, nunca sus volúmenes.</translation>
    </message>
    <message>
        <source>Run a container with a volume and write into both</source>
        <translation>Ejecutar un contenedor con un volumen y escribir en ambos</translation>
    </message>
    <message>
        <source>One file goes into the write layer, one into the volume.</source>
        <translation>Un archivo va a la capa de escritura, otro al volumen.</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Detenerlo</translation>
    </message>
    <message>
        <source>A stopped container keeps its write layer: /layer.txt is still there.</source>
        <translation>Un contenedor detenido conserva su capa de escritura: /layer.txt sigue ahí.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Eliminarlo</translation>
    </message>
    <message>
        <source>Now the write layer is gone — but the volume and /data/vol.txt are kept.</source>
        <translation>Ahora la capa de escritura ha desaparecido, pero el volumen y /data/vol.txt se conservan.</translation>
    </message>
    <message>
        <source>Backing a volume up and restoring it</source>
        <translation>Hacer copia de un volumen y restaurarlo</translation>
    </message>
    <message>
        <source>Volumes survive containers, not a mistaken prune or a dead disk: keep backups.</source>
        <translation>Los volúmenes sobreviven a los contenedores, no a una depuración equivocada ni a un disco roto: guarda copias.</translation>
    </message>
    <message>
        <source>Put something worth keeping in a volume</source>
        <translation>Guardar algo valioso en un volumen</translation>
    </message>
    <message>
        <source>A volume with one precious file.</source>
        <translation>Un volumen con un archivo valioso.</translation>
    </message>
    <message>
        <source>Back it up to a file</source>
        <translation>Copiarlo a un archivo</translation>
    </message>
    <message>
        <source>volgui streams the volume&apos;s files into a tar archive on your disk.</source>
        <translation>volgui transmite los archivos del volumen a un archivo tar en tu disco.</translation>
    </message>
    <message>
        <source>Select the volume, “Back up…”.</source>
        <translation>Selecciona el volumen, «Hacer copia…».</translation>
    </message>
    <message>
        <source>Restore it into a new volume</source>
        <translation>Restaurarlo en un volumen nuevo</translation>
    </message>
    <message>
        <source>The archive brings back every file with its owner, mode and time.</source>
        <translation>El archivo devuelve cada archivo con su dueño, modo y hora.</translation>
    </message>
    <message>
        <source>“Restore…” and choose the file.</source>
        <translation>«Restaurar…» y elige el archivo.</translation>
    </message>
</context>
<context>
    <name>LineAnnouncer</name>
    <message numerus="yes">
        <source>%Ln new lines, the last: {0}</source>
        <translation>
            <numerusform>%Ln línea nueva, la última: {0}</numerusform>
            <numerusform>%Ln líneas nuevas, la última: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadImagesDialog</name>
    <message>
        <source>Load images from a file</source>
        <translation>Cargar imágenes desde un archivo</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Bring back images that docker image save (or Save…) wrote into a tar file, gzip-compressed or not.</source>
        <translation>Recuperar imágenes que docker image save (o Guardar…) escribió en un archivo tar, comprimido con gzip o no.</translation>
    </message>
    <message>
        <source>Archive to load</source>
        <translation>Archivo que cargar</translation>
    </message>
    <message>
        <source>The tar file to load the images from, on this computer</source>
        <translation>El archivo tar de este equipo del que se cargan las imágenes</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>Archivos de imágenes (*.tar *.tar.gz *.tgz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Read an image archive</source>
        <translation>Leer un archivo de imágenes</translation>
    </message>
    <message>
        <source>untagged images</source>
        <translation>imágenes sin etiqueta</translation>
    </message>
    <message>
        <source>{0}, {1}: brings {2}.</source>
        <translation>{0}, {1}: trae {2}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>Loaded {0}.</source>
        <translation>{0} cargado.</translation>
    </message>
</context>
<context>
    <name>LogTextView</name>
    <message>
        <source>Log lines</source>
        <translation>Líneas del registro</translation>
    </message>
    <message>
        <source>The arrow keys move the current line; Ctrl+End goes to the newest</source>
        <translation>Las flechas mueven la línea actual; Ctrl+Fin va a la más reciente</translation>
    </message>
</context>
<context>
    <name>LogsFeature</name>
    <message>
        <source>What the selected container wrote, as it arrives</source>
        <translation>Lo que escribió el contenedor seleccionado, según llega</translation>
    </message>
    <message>
        <source>CPU, memory, network and disk use of the selected container</source>
        <translation>Uso de CPU, memoria, red y disco del contenedor seleccionado</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <source>Which part of the log to load (docker logs --tail / --since)</source>
        <translation>Qué parte del registro cargar (docker logs --tail / --since)</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Marcas de tiempo</translation>
    </message>
    <message>
        <source>Show when the engine received each line (UTC)</source>
        <translation>Mostrar cuándo recibió el motor cada línea (UTC)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Render ANSI colours (off: strip them)</source>
        <translation>Mostrar los colores ANSI (desactivado: quitarlos)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest line in view (End)</source>
        <translation>Mantener visible la línea más reciente (Fin)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>Buscar en el registro…</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected lines (all lines when none is selected)</source>
        <translation>Copiar las líneas seleccionadas (todas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the lines shown to a text file</source>
        <translation>Guardar las líneas mostradas en un archivo de texto</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear the view (the container&apos;s log is kept)</source>
        <translation>Vaciar la vista (el registro del contenedor se conserva)</translation>
    </message>
    <message>
        <source>Select a container to see its logs.</source>
        <translation>Selecciona un contenedor para ver sus registros.</translation>
    </message>
    <message>
        <source>{0} — the log loads when this tab is shown.</source>
        <translation>{0}: el registro se carga cuando se muestra esta pestaña.</translation>
    </message>
    <message>
        <source>Not connected: the log loads when the engine is back.</source>
        <translation>Sin conexión: el registro se carga cuando vuelva el motor.</translation>
    </message>
    <message>
        <source>Loading the log of {0}…</source>
        <translation>Cargando el registro de {0}…</translation>
    </message>
    <message>
        <source>{0} — paused while the tab is hidden.</source>
        <translation>{0}: en pausa mientras la pestaña está oculta.</translation>
    </message>
    <message>
        <source>{0} was removed; the lines above are what was shown.</source>
        <translation>{0} se eliminó; las líneas de arriba son lo que se mostraba.</translation>
    </message>
    <message>
        <source>following</source>
        <translation>siguiendo</translation>
    </message>
    <message>
        <source>not running — the whole log is shown</source>
        <translation>no se está ejecutando: se muestra todo el registro</translation>
    </message>
    <message>
        <source>{0} is not running: the log is complete. It resumes when the container starts.</source>
        <translation>{0} no se está ejecutando: el registro está completo. Continúa cuando arranque el contenedor.</translation>
    </message>
    <message>
        <source>The log stream stopped: {0} — it resumes when the engine is back.</source>
        <translation>El flujo del registro se detuvo: {0}; continúa cuando vuelva el motor.</translation>
    </message>
    <message>
        <source>   ·   {0:,} older lines no longer held</source>
        <translation>   ·   {0:,} líneas antiguas ya no se conservan</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Line {0:,}</source>
        <translation>Línea {0:,}</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt);;All files (*)</source>
        <translation>Archivos de texto (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved {0} to {1}.</source>
        <translation>{0} guardadas en {1}.</translation>
    </message>
    <message>
        <source> Older lines were no longer held: `docker logs {0} &gt; file` saves everything.</source>
        <translation> Las líneas antiguas ya no se conservaban: `docker logs {0} &gt; archivo` lo guarda todo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Named storage that outlives containers</source>
        <translation>Almacenamiento con nombre que sobrevive a los contenedores</translation>
    </message>
    <message>
        <source>The images containers are made from</source>
        <translation>Las imágenes de las que se crean los contenedores</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Compute volume &amp;sizes</source>
        <translation>Calcular &amp;tamaños de volúmenes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to a Docker engine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sin conexión con un motor Docker&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is not answering since {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;El motor no responde desde las {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The lists below show what was known at {0} and may be out of date. Actions are off until the engine answers again; volgui checks every few seconds and then reloads everything.
{1}</source>
        <translation>Las listas de abajo muestran lo que se sabía a las {0} y pueden estar desfasadas. Las acciones están desactivadas hasta que el motor vuelva a responder; volgui lo comprueba cada pocos segundos y luego recarga todo.
{1}</translation>
    </message>
</context>
<context>
    <name>MountDialog</name>
    <message>
        <source>Mount in {0}</source>
        <translation>Montar en {0}</translation>
    </message>
    <message>
        <source>Remove a mount from {0}</source>
        <translation>Quitar un montaje de {0}</translation>
    </message>
    <message>
        <source>Replace a volume of {0}</source>
        <translation>Reemplazar un volumen de {0}</translation>
    </message>
    <message>
        <source>Back up its volumes first, into the Backups tab&apos;s folder</source>
        <translation>Copiar primero sus volúmenes, en la carpeta de la pestaña Copias</translation>
    </message>
    <message>
        <source>{0} into {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <source>the folder {0}</source>
        <translation>la carpeta {0}</translation>
    </message>
    <message>
        <source>the volume {0}</source>
        <translation>el volumen {0}</translation>
    </message>
    <message>
        <source>Mount {0} in {1}.</source>
        <translation>Montar {0} en {1}.</translation>
    </message>
    <message>
        <source>Remove the mount at &lt;b&gt;{0}&lt;/b&gt; from {1}.</source>
        <translation>Quitar el montaje en &lt;b&gt;{0}&lt;/b&gt; de {1}.</translation>
    </message>
    <message>
        <source>Mount the volume {0} at &lt;b&gt;{1}&lt;/b&gt; in {2}, instead of what is mounted there now.</source>
        <translation>Montar el volumen {0} en &lt;b&gt;{1}&lt;/b&gt; de {2}, en lugar de lo que hay montado ahora.</translation>
    </message>
    <message>
        <source>Checking the container…</source>
        <translation>Comprobando el contenedor…</translation>
    </message>
    <message>
        <source>Check a mount change</source>
        <translation>Comprobar un cambio de montaje</translation>
    </message>
    <message>
        <source>Docker cannot change the mounts of an existing container: volgui re-creates it with the same settings.</source>
        <translation>Docker no puede cambiar los montajes de un contenedor existente: volgui lo vuelve a crear con la misma configuración.</translation>
    </message>
    <message>
        <source>Looking at the write layer…</source>
        <translation>Revisando la capa de escritura…</translation>
    </message>
    <message>
        <source>{0} will be re-created with the same settings and restarted. It is running now, so {1}.</source>
        <translation>{0} se volverá a crear con la misma configuración y se reiniciará. Ahora está en ejecución, así que {1}.</translation>
    </message>
    <message>
        <source>{0} will be re-created with the same settings. It is not running and will not be started.</source>
        <translation>{0} se volverá a crear con la misma configuración. No está en ejecución y no se iniciará.</translation>
    </message>
    <message>
        <source>Kept: {0}.</source>
        <translation>Se conserva: {0}.</translation>
    </message>
    <message>
        <source>{0} added, changed or deleted outside volumes since the container was created. Without care they would be lost:</source>
        <translation>{0} añadidos, cambiados o borrados fuera de los volúmenes desde que se creó el contenedor. Sin cuidado se perderían:</translation>
    </message>
    <message>
        <source>Nothing was written outside volumes: nothing to lose.</source>
        <translation>No se escribió nada fuera de los volúmenes: nada que perder.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling — putting everything back…</source>
        <translation>Cancelando: devolviendo todo a su sitio…</translation>
    </message>
</context>
<context>
    <name>MountDialogLayout</name>
    <message>
        <source>The volume to mount into the container</source>
        <translation>El volumen que se monta en el contenedor</translation>
    </message>
    <message>
        <source>Folder on the host:</source>
        <translation>Carpeta en el anfitrión:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>Mount path in the container</source>
        <translation>Ruta de montaje en el contenedor</translation>
    </message>
    <message>
        <source>Path in the container:</source>
        <translation>Ruta en el contenedor:</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Acceso:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué va a ocurrir</translation>
    </message>
    <message>
        <source>The steps of the re-create and what each one keeps</source>
        <translation>Los pasos de la recreación y lo que conserva cada uno</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Files in the container&apos;s write layer (outside volumes)</source>
        <translation>Archivos en la capa de escritura del contenedor (fuera de los volúmenes)</translation>
    </message>
    <message>
        <source>Equivalent commands, step by step:</source>
        <translation>Comandos equivalentes, paso a paso:</translation>
    </message>
    <message>
        <source>the volumes it mounts</source>
        <translation>los volúmenes que monta</translation>
    </message>
    <message>
        <source>Mount and re-create</source>
        <translation>Montar y volver a crear</translation>
    </message>
    <message>
        <source>Remove and re-create</source>
        <translation>Quitar y volver a crear</translation>
    </message>
    <message>
        <source>Replace and re-create</source>
        <translation>Reemplazar y volver a crear</translation>
    </message>
    <message>
        <source>Re-create the container with the changed mounts, as the steps above say</source>
        <translation>Recrear el contenedor con los montajes cambiados, como dicen los pasos de arriba</translation>
    </message>
</context>
<context>
    <name>MountingController</name>
    <message>
        <source>&amp;Run container…</source>
        <translation>&amp;Ejecutar contenedor…</translation>
    </message>
    <message>
        <source>Create and start a new container from an image (docker run)</source>
        <translation>Crear e iniciar un contenedor nuevo a partir de una imagen (docker run)</translation>
    </message>
    <message>
        <source>&amp;Mount a volume…</source>
        <translation>&amp;Montar un volumen…</translation>
    </message>
    <message>
        <source>Mount a volume in the selected container (re-creates it)</source>
        <translation>Montar un volumen en el contenedor seleccionado (lo vuelve a crear)</translation>
    </message>
    <message>
        <source>Remove mount</source>
        <translation>Quitar montaje</translation>
    </message>
    <message>
        <source>Replace volume</source>
        <translation>Reemplazar volumen</translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation>&amp;Contenedor</translation>
    </message>
    <message>
        <source>&amp;Run this image…</source>
        <translation>&amp;Ejecutar esta imagen…</translation>
    </message>
    <message>
        <source>Create and start a container from this image (docker run)</source>
        <translation>Crear e iniciar un contenedor a partir de esta imagen (docker run)</translation>
    </message>
    <message>
        <source>{0} re-created in {1:.1f} s</source>
        <translation>{0} recreado en {1:.1f} s</translation>
    </message>
    <message>
        <source>Look for interrupted mount changes</source>
        <translation>Buscar cambios de montaje interrumpidos</translation>
    </message>
    <message>
        <source>A mount change was interrupted (volgui was stopped in the middle). The original containers are safe, under a temporary name:</source>
        <translation>Se interrumpió un cambio de montaje (volgui se detuvo a mitad). Los contenedores originales están a salvo, con un nombre temporal:</translation>
    </message>
    <message>
        <source>Interrupted mount change</source>
        <translation>Cambio de montaje interrumpido</translation>
    </message>
    <message>
        <source>Give back their names</source>
        <translation>Devolverles sus nombres</translation>
    </message>
    <message>
        <source>Restore the name of {0}</source>
        <translation>Restaurar el nombre de {0}</translation>
    </message>
    <message>
        <source>Finishing the mount change before quitting…</source>
        <translation>Terminando el cambio de montaje antes de salir…</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>NodesView</name>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show a desktop notification when… (volgui-backup follows the same choice when volgui is closed)</source>
        <translation>Mostrar una notificación de escritorio cuando… (volgui-backup sigue la misma elección cuando volgui está cerrado)</translation>
    </message>
    <message>
        <source>Show a desktop notification when this happens</source>
        <translation>Mostrar una notificación de escritorio cuando ocurra</translation>
    </message>
</context>
<context>
    <name>NotificationsFeature</name>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notificaciones…</translation>
    </message>
    <message>
        <source>Choose which desktop notifications volgui shows</source>
        <translation>Elegir qué notificaciones de escritorio muestra volgui</translation>
    </message>
</context>
<context>
    <name>ObjectView</name>
    <message>
        <source>Every word must match the name, image or a label (key=value)</source>
        <translation>Cada palabra debe coincidir con el nombre, la imagen o una etiqueta (key=value)</translation>
    </message>
    <message>
        <source>Filter {0}</source>
        <translation>Filtrar {0}</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter by name, image or label</source>
        <translation>Filtrar por nombre, imagen o etiqueta</translation>
    </message>
    <message>
        <source>Only related</source>
        <translation>Solo relacionados</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Aquí no hay nada</translation>
    </message>
    <message>
        <source>Nothing related to the selection</source>
        <translation>Nada relacionado con la selección</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The list appears when an engine answers.</source>
        <translation>La lista aparece cuando responde un motor.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”</source>
        <translation>Nada coincide con «{0}»</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Borrar filtro</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copiar nombre</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Give the server: a host name or an IP address.</source>
        <translation>Indica el servidor: un nombre de host o una dirección IP.</translation>
    </message>
    <message>
        <source>The server “{0}” is not a host name or an IP address (letters, digits, “-” and “.” only; no commas, quotes or spaces).</source>
        <translation>El servidor «{0}» no es un nombre de host ni una dirección IP (solo letras, dígitos, «-» y «.»; sin comas, comillas ni espacios).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a NUL</source>
        <translation>un carácter NUL</translation>
    </message>
    <message>
        <source>{0} contains {1}: Docker passes it inside “o=…”, where it would start or change another mount option.</source>
        <translation>{0} contiene {1}: Docker lo pasa dentro de «o=…», donde empezaría o cambiaría otra opción de montaje.</translation>
    </message>
    <message>
        <source>{0} must be an absolute path, like /srv/data.</source>
        <translation>{0} debe ser una ruta absoluta, como /srv/data.</translation>
    </message>
    <message>
        <source>{0} contains a line break or is too long.</source>
        <translation>{0} contiene un salto de línea o es demasiado largo.</translation>
    </message>
    <message>
        <source>{0} may not contain “..”.</source>
        <translation>{0} no puede contener «..».</translation>
    </message>
    <message>
        <source>The NFS option “{0}”</source>
        <translation>La opción NFS «{0}»</translation>
    </message>
    <message>
        <source>“{0}” is set by the form&apos;s server and version fields: remove it from the options.</source>
        <translation>«{0}» lo fijan los campos de servidor y versión del formulario: quítalo de las opciones.</translation>
    </message>
    <message>
        <source>The NFS option “{0}” takes a whole number, as in {0}=600.</source>
        <translation>La opción NFS «{0}» lleva un número entero, como en {0}=600.</translation>
    </message>
    <message>
        <source>The NFS option “{0}” takes one of: {1}.</source>
        <translation>La opción NFS «{0}» admite uno de: {1}.</translation>
    </message>
    <message>
        <source>“{0}” is not an NFS mount option volgui knows (see man 5 nfs): for example ro, hard, soft, noatime, timeo=600, proto=tcp.</source>
        <translation>«{0}» no es una opción de montaje NFS que volgui conozca (ver man 5 nfs): por ejemplo ro, hard, soft, noatime, timeo=600, proto=tcp.</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>La exportación</translation>
    </message>
    <message>
        <source>NFS version {0} is not one of {1}.</source>
        <translation>La versión NFS {0} no es ninguna de {1}.</translation>
    </message>
    <message>
        <source>The share is its name on the server, like “backup” or “backup/folder” (no commas, quotes, “=” or spaces).</source>
        <translation>El recurso compartido es su nombre en el servidor, como «backup» o «backup/folder» (sin comas, comillas, «=» ni espacios).</translation>
    </message>
    <message>
        <source>The user name may not contain commas, quotes, “=”, spaces, “/”, “:” or “@”.</source>
        <translation>El nombre de usuario no puede contener comas, comillas, «=», espacios, «/», «:» ni «@».</translation>
    </message>
    <message>
        <source>The password is longer than 256 characters.</source>
        <translation>La contraseña tiene más de 256 caracteres.</translation>
    </message>
    <message>
        <source>SMB version {0} is not one of {1}.</source>
        <translation>La versión SMB {0} no es ninguna de {1}.</translation>
    </message>
    <message>
        <source>Docker keeps these options with the volume, the password too: anyone who may use this engine can read it with “docker volume inspect”. volgui does not save it anywhere.</source>
        <translation>Docker guarda estas opciones con el volumen, también la contraseña: cualquiera que pueda usar este motor la puede leer con «docker volume inspect». volgui no la guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>The size “{0}” is not a size: write 100m, 2g, 512k or 50%.</source>
        <translation>El tamaño «{0}» no es un tamaño: escribe 100m, 2g, 512k o 50%.</translation>
    </message>
    <message>
        <source>The mode “{0}” is not an octal mode like 1777 or 755.</source>
        <translation>El modo «{0}» no es un modo octal como 1777 o 755.</translation>
    </message>
    <message>
        <source>A tmpfs volume lives in memory: its data is gone when the engine stops.</source>
        <translation>Un volumen tmpfs vive en memoria: sus datos desaparecen cuando se detiene el motor.</translation>
    </message>
    <message>
        <source>The host folder</source>
        <translation>La carpeta del anfitrión</translation>
    </message>
    <message>
        <source>The folder must exist on the engine&apos;s machine; the test below checks it.</source>
        <translation>La carpeta debe existir en el equipo del motor; la prueba de abajo lo comprueba.</translation>
    </message>
</context>
<context>
    <name>PaneNavigator</name>
    <message>
        <source>Go to pane {0}</source>
        <translation>Ir al panel {0}</translation>
    </message>
    <message>
        <source>Go to bottom tab {0}</source>
        <translation>Ir a la pestaña inferior {0}</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Menú contextual</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Backup policy for {0}</source>
        <translation>Política de copias de {0}</translation>
    </message>
    <message>
        <source>How often a backup is taken, like 6h or 1d</source>
        <translation>Cada cuánto se hace una copia, como 6h o 1d</translation>
    </message>
    <message>
        <source>How many backups are kept; older ones are deleted</source>
        <translation>Cuántas copias se conservan; las más antiguas se borran</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Copiar cada:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Conservar las últimas:</translation>
    </message>
    <message>
        <source>While volgui runs, due backups happen in the background. To back up when it is closed, install the timer: volgui-backup --install-timer.</source>
        <translation>Mientras volgui está abierto, las copias pendientes se hacen en segundo plano. Para copiar con volgui cerrado, instala el temporizador: volgui-backup --install-timer.</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Sin política</translation>
    </message>
    <message>
        <source>Stop the scheduled backups of this volume</source>
        <translation>Dejar de hacer las copias programadas de este volumen</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Local Docker</source>
        <translation>Docker local</translation>
    </message>
    <message>
        <source>the default Docker socket</source>
        <translation>el socket predeterminado de Docker</translation>
    </message>
    <message>
        <source>from the DOCKER_HOST variable</source>
        <translation>de la variable DOCKER_HOST</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>Contexto de Docker</translation>
    </message>
    <message>
        <source>Podman (rootless)</source>
        <translation>Podman (sin root)</translation>
    </message>
    <message>
        <source>Podman&apos;s Docker-compatible socket</source>
        <translation>el socket compatible con Docker de Podman</translation>
    </message>
</context>
<context>
    <name>ProjectBackupDialog</name>
    <message>
        <source>Back up project {0}</source>
        <translation>Hacer copia del proyecto {0}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Back up every volume of the project {0} into one folder, each with a manifest the Backups tab lists and verifies.</source>
        <translation>Copiar cada volumen del proyecto {0} en una carpeta, cada uno con un manifiesto que la pestaña Copias enumera y verifica.</translation>
    </message>
    <message>
        <source>Volumes: {0}</source>
        <translation>Volúmenes: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Stop the project while backing up (a consistent copy), then start it again</source>
        <translation>Detener el proyecto durante la copia (una copia coherente) y luego iniciarlo de nuevo</translation>
    </message>
    <message>
        <source>A container that writes while it is copied can leave a broken backup</source>
        <translation>Un contenedor que escribe mientras se copia puede dejar una copia dañada</translation>
    </message>
    <message>
        <source>{0} running: files they write during the copy may be caught half written.</source>
        <translation>{0} en ejecución: los archivos que escriban durante la copia pueden quedar a medio escribir.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Elige una carpeta para las copias.</translation>
    </message>
</context>
<context>
    <name>ProjectDownDialog</name>
    <message>
        <source>Remove project {0}</source>
        <translation>Eliminar el proyecto {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the containers and networks of {0}, as docker compose down does. Its volumes and their data are kept unless you tick below.</source>
        <translation>Eliminar los contenedores y redes de {0}, como hace docker compose down. Sus volúmenes y sus datos se conservan salvo que marques abajo.</translation>
    </message>
    <message>
        <source>Also remove the project&apos;s volumes (their data is lost)</source>
        <translation>Eliminar también los volúmenes del proyecto (se pierden sus datos)</translation>
    </message>
    <message>
        <source>Back them up first (nothing is removed if a backup fails)</source>
        <translation>Hacer copia primero (no se elimina nada si una copia falla)</translation>
    </message>
    <message>
        <source>Listing what the project has…</source>
        <translation>Enumerando lo que tiene el proyecto…</translation>
    </message>
    <message>
        <source>Containers: {0}</source>
        <translation>Contenedores: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Networks: {0}</source>
        <translation>Redes: {0}</translation>
    </message>
    <message>
        <source>Kept in any case (not made by the project): {0}</source>
        <translation>Se conserva en cualquier caso (no lo creó el proyecto): {0}</translation>
    </message>
    <message>
        <source>Volumes removed: {0}</source>
        <translation>Volúmenes eliminados: {0}</translation>
    </message>
    <message>
        <source>Remove with volumes</source>
        <translation>Eliminar con volúmenes</translation>
    </message>
    <message>
        <source>Choose a folder for the backups, or untick the backup.</source>
        <translation>Elige una carpeta para las copias o desmarca la copia.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volúmenes</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Config files</source>
        <translation>Archivos de configuración</translation>
    </message>
    <message>
        <source>Containers and volumes that no compose project made</source>
        <translation>Contenedores y volúmenes que no creó ningún proyecto compose</translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation>sin agrupar</translation>
    </message>
    <message>
        <source>{0} of {1} running</source>
        <translation>{0} de {1} en ejecución</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Compose projects</source>
        <translation>Proyectos compose</translation>
    </message>
    <message>
        <source>Show in the views</source>
        <translation>Mostrar en las vistas</translation>
    </message>
    <message>
        <source>Filter both views to this project</source>
        <translation>Filtrar ambas vistas por este proyecto</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start every stopped container of the project</source>
        <translation>Iniciar cada contenedor detenido del proyecto</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop every running container of the project</source>
        <translation>Detener cada contenedor en ejecución del proyecto</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Restart every container of the project</source>
        <translation>Reiniciar cada contenedor del proyecto</translation>
    </message>
    <message>
        <source>Back up volumes…</source>
        <translation>Copiar volúmenes…</translation>
    </message>
    <message>
        <source>Back up all the project&apos;s volumes</source>
        <translation>Copiar todos los volúmenes del proyecto</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove the project&apos;s containers (docker compose down)</source>
        <translation>Eliminar los contenedores del proyecto (docker compose down)</translation>
    </message>
    <message>
        <source>Save as compose.yaml…</source>
        <translation>Guardar como compose.yaml…</translation>
    </message>
    <message>
        <source>A compose file that re-creates the project as it is now</source>
        <translation>Un archivo compose que vuelve a crear el proyecto tal como está ahora</translation>
    </message>
</context>
<context>
    <name>PruneBuildCacheDialog</name>
    <message>
        <source>Prune build cache</source>
        <translation>Depurar la caché de compilación</translation>
    </message>
    <message>
        <source>Remove build cache</source>
        <translation>Eliminar la caché de compilación</translation>
    </message>
    <message>
        <source>Build cache makes the next build faster; removing it frees {0}. Entries a build uses now are kept.</source>
        <translation>La caché de compilación acelera la próxima compilación; eliminarla libera {0}. Las entradas que usa ahora una compilación se conservan.</translation>
    </message>
    <message>
        <source>Cache entry</source>
        <translation>Entrada de caché</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Build cache to remove</source>
        <translation>Caché de compilación que eliminar</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune unused volumes</source>
        <translation>Depurar volúmenes sin usar</translation>
    </message>
    <message>
        <source>Delete these volumes</source>
        <translation>Borrar estos volúmenes</translation>
    </message>
    <message>
        <source>Unused volumes are those no container uses — running or stopped. Pruning deletes them and their data for good. Exactly the volumes listed below are deleted; one created meanwhile is left alone.</source>
        <translation>Los volúmenes sin usar son los que ningún contenedor usa, en ejecución o detenido. Depurar los borra con sus datos para siempre. Se borran exactamente los volúmenes de la lista; uno creado entretanto se deja en paz.</translation>
    </message>
    <message>
        <source>Include named volumes (not only anonymous ones)</source>
        <translation>Incluir volúmenes con nombre (no solo los anónimos)</translation>
    </message>
    <message>
        <source>Since Docker Engine 23 “docker volume prune” deletes only anonymous volumes unless you add --all.</source>
        <translation>Desde Docker Engine 23, «docker volume prune» solo borra volúmenes anónimos salvo que añadas --all.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Finding unused volumes and measuring them…</source>
        <translation>Buscando volúmenes sin usar y midiéndolos…</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>named</source>
        <translation>con nombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will delete:&lt;/b&gt; {0}, {1} of data.</source>
        <translation>&lt;b&gt;Se borrará:&lt;/b&gt; {0}, {1} de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volumen</numerusform>
            <numerusform>%Ln volúmenes</numerusform>
        </translation>
    </message>
    <message>
        <source>No unused volumes: there is nothing to prune.</source>
        <translation>No hay volúmenes sin usar: no hay nada que depurar.</translation>
    </message>
    <message>
        <source>Kept because containers use them: {0}.</source>
        <translation>Se conservan porque los usan contenedores: {0}.</translation>
    </message>
    <message>
        <source>Equivalent command:</source>
        <translation>Comando equivalente:</translation>
    </message>
    <message>
        <source>Like {0} on this engine, but only the volumes listed.</source>
        <translation>Como {0} en este motor, pero solo los volúmenes de la lista.</translation>
    </message>
    <message>
        <source>On this engine (API {0}) “docker volume prune” also deletes unused named volumes: no prune command deletes only the anonymous ones.</source>
        <translation>En este motor (API {0}) «docker volume prune» también borra volúmenes con nombre sin usar: ningún comando prune borra solo los anónimos.</translation>
    </message>
</context>
<context>
    <name>PruneImagesDialog</name>
    <message>
        <source>Prune unused images</source>
        <translation>Depurar imágenes sin usar</translation>
    </message>
    <message>
        <source>Remove these images</source>
        <translation>Eliminar estas imágenes</translation>
    </message>
    <message>
        <source>Remove images no container uses. Exactly the images listed are removed, nothing that appears meanwhile.</source>
        <translation>Eliminar las imágenes que ningún contenedor usa. Se eliminan exactamente las de la lista, nada que aparezca entretanto.</translation>
    </message>
    <message>
        <source>Untagged images only (left over when a tag moved)</source>
        <translation>Solo imágenes sin etiqueta (sobrantes cuando una etiqueta se movió)</translation>
    </message>
    <message>
        <source>Every image no container uses, tagged or not</source>
        <translation>Cada imagen que ningún contenedor usa, con etiqueta o sin ella</translation>
    </message>
    <message>
        <source>Remove only the images without a name: the list below shows them</source>
        <translation>Eliminar solo las imágenes sin nombre: la lista de abajo las muestra</translation>
    </message>
    <message>
        <source>Remove every image no container uses, named ones too: the list below shows them</source>
        <translation>Eliminar toda imagen que ningún contenedor usa, también las que tienen nombre: la lista de abajo las muestra</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Images to remove</source>
        <translation>Imágenes que eliminar</translation>
    </message>
    <message>
        <source>Finding unused images…</source>
        <translation>Buscando imágenes sin usar…</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation>Nada que eliminar.</translation>
    </message>
    <message>
        <source>{0}, up to {1} (layers another image shares stay).</source>
        <translation>{0}, hasta {1} (las capas que comparte otra imagen se quedan).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull an image</source>
        <translation>Descargar una imagen</translation>
    </message>
    <message>
        <source>Download an image from a registry: Docker Hub (busybox, nginx:1.27) or any other (registry.example.com/team/app:1.2).</source>
        <translation>Descargar una imagen de un registro: Docker Hub (busybox, nginx:1.27) o cualquier otro (registry.example.com/team/app:1.2).</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagen:</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>Push an image</source>
        <translation>Subir una imagen</translation>
    </message>
    <message>
        <source>Upload one tag of this image to the registry its name points to. Name it for another registry first with Tag…</source>
        <translation>Subir una etiqueta de esta imagen al registro al que apunta su nombre. Para otro registro, ponle antes otro nombre con Etiquetar…</translation>
    </message>
    <message>
        <source>The tag to upload; its name says which registry receives it</source>
        <translation>La etiqueta que se sube; su nombre dice qué registro la recibe</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
</context>
<context>
    <name>PutBackDialog</name>
    <message>
        <source>Put back the files of {0}</source>
        <translation>Devolver los archivos de {0}</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>A roll back of {0} was stopped (the engine or the machine stopped) after it had moved every file of the volume into the folder {1}, while it restored the snapshot beside it.

volgui first takes a snapshot of the volume as it is now, so this can be undone too. Then it removes what the roll back restored beside the folder (and anything written since), moves the files back and gives the volume its own mode, owner and time again.</source>
        <translation>Una reversión de {0} se detuvo (se detuvo el motor o el equipo) después de mover todos los archivos del volumen a la carpeta {1}, mientras restauraba la instantánea a su lado.

volgui toma primero una instantánea del volumen tal como está ahora, para que esto también se pueda deshacer. Después elimina lo que la reversión restauró junto a la carpeta (y lo que se haya escrito desde entonces), devuelve los archivos a su sitio y devuelve al volumen su propio modo, propietario y hora.</translation>
    </message>
    <message>
        <source>A roll back of {0} was stopped (the engine or the machine stopped) while it moved the volume&apos;s files into the folder {1}: some are in that folder, the others where they were.

volgui first takes a snapshot of the volume as it is now, then moves the folder&apos;s files back beside the others. Nothing is removed: if a name is in both places, nothing is changed and volgui says which.</source>
        <translation>Una reversión de {0} se detuvo (se detuvo el motor o el equipo) mientras movía los archivos del volumen a la carpeta {1}: unos están en esa carpeta y los demás donde estaban.

volgui toma primero una instantánea del volumen tal como está ahora y después devuelve los archivos de la carpeta junto a los demás. No se elimina nada: si un nombre está en los dos sitios, no se cambia nada y volgui dice cuál.</translation>
    </message>
    <message>
        <source>Take a snapshot, then move the folder&apos;s files back into the volume</source>
        <translation>Tomar una instantánea y después devolver los archivos de la carpeta al volumen</translation>
    </message>
</context>
<context>
    <name>RemoteFolderDialog</name>
    <message>
        <source>Remote backups folder</source>
        <translation>Carpeta remota de copias</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Usar esta carpeta</translation>
    </message>
    <message>
        <source>Keep backups on another machine over SFTP (sftp://user@server/folder), or in an S3-compatible bucket (s3+https://KEYID@server/bucket/folder). An SSH server&apos;s host key must already be known (connect once with ssh); keys from your SSH agent or ~/.ssh/config are tried before a password. For S3 the password is the secret key.</source>
        <translation>Guardar las copias en otro equipo por SFTP (sftp://user@server/folder) o en un bucket compatible con S3 (s3+https://KEYID@server/bucket/folder). La clave de anfitrión de un servidor SSH debe ser ya conocida (conéctate una vez con ssh); las claves de tu agente SSH o de ~/.ssh/config se prueban antes que una contraseña. Para S3 la contraseña es la clave secreta.</translation>
    </message>
    <message>
        <source>(only if the server asks for one)</source>
        <translation>(solo si el servidor la pide)</translation>
    </message>
    <message>
        <source>Remember the password in the desktop keyring</source>
        <translation>Recordar la contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring, so it is not asked again</source>
        <translation>Guardar la contraseña en el llavero del escritorio, para no pedirla de nuevo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Conectando con {0}…</translation>
    </message>
</context>
<context>
    <name>RemoveContainersDialog</name>
    <message>
        <source>Remove container</source>
        <translation>Eliminar contenedor</translation>
    </message>
    <message>
        <source>Remove {0} containers</source>
        <translation>Eliminar {0} contenedores</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove {0}? {1}</source>
        <translation>¿Eliminar {0}? {1}</translation>
    </message>
    <message>
        <source>The files changed in the write layer, lost with the container</source>
        <translation>Los archivos cambiados en la capa de escritura, que se pierden con el contenedor</translation>
    </message>
    <message>
        <source>Changed in the write layer (lost)</source>
        <translation>Cambiado en la capa de escritura (se pierde)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Volumes kept</source>
        <translation>Volúmenes conservados</translation>
    </message>
    <message>
        <source>The volumes these containers use; removing the containers keeps them</source>
        <translation>Los volúmenes que usan estos contenedores; se conservan al eliminar los contenedores</translation>
    </message>
    <message>
        <source>Volume (kept)</source>
        <translation>Volumen (se conserva)</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Montado en</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reading what each container changed…</source>
        <translation>Leyendo lo que cambió cada contenedor…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost:&lt;/b&gt; {0} in the write layer (added, changed or deleted inside the container, outside its volumes).</source>
        <translation>&lt;b&gt;Se pierde:&lt;/b&gt; {0} en la capa de escritura (añadido, cambiado o borrado dentro del contenedor, fuera de sus volúmenes).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed file(s)</source>
        <translation>
            <numerusform>%Ln archivo cambiado</numerusform>
            <numerusform>%Ln archivos cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost:&lt;/b&gt; nothing — no file was changed in the write layer.</source>
        <translation>&lt;b&gt;Se pierde:&lt;/b&gt; nada; no se cambió ningún archivo en la capa de escritura.</translation>
    </message>
    <message>
        <source>The changes of some containers could not be read — they are lost too: {0}</source>
        <translation>No se pudieron leer los cambios de algunos contenedores; también se pierden: {0}</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nada cambiado</translation>
    </message>
    <message>
        <source>{0} added, {1} changed, {2} deleted</source>
        <translation>{0} añadidos, {1} cambiados, {2} borrados</translation>
    </message>
    <message>
        <source>{0} — {1}: {2}</source>
        <translation>{0}: {1}: {2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source> — also used by {0}</source>
        <translation> — también lo usa {0}</translation>
    </message>
    <message>
        <source>named</source>
        <translation>con nombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; {0} — the data stays and can be mounted into another container.</source>
        <translation>&lt;b&gt;Se conserva:&lt;/b&gt; {0}; los datos se quedan y pueden montarse en otro contenedor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volumen</numerusform>
            <numerusform>%Ln volúmenes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; no volumes are mounted.</source>
        <translation>&lt;b&gt;Se conserva:&lt;/b&gt; no hay volúmenes montados.</translation>
    </message>
    <message>
        <source>Host folders mounted in are not touched: {0}.</source>
        <translation>Las carpetas del anfitrión montadas no se tocan: {0}.</translation>
    </message>
    <message>
        <source>Also remove {0} (data lost)</source>
        <translation>Eliminar también {0} (se pierden los datos)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous volume(s)</source>
        <translation>
            <numerusform>%Ln volumen anónimo</numerusform>
            <numerusform>%Ln volúmenes anónimos</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous volumes were created with the container (docker run -v /path) and have a long random name; no other container uses these. They are kept unless you tick this.</source>
        <translation>Los volúmenes anónimos se crearon con el contenedor (docker run -v /ruta) y tienen un nombre largo aleatorio; ningún otro contenedor los usa. Se conservan salvo que marques esto.</translation>
    </message>
    <message>
        <source>Running: {0} — stopped first (like docker stop), then removed.</source>
        <translation>En ejecución: {0}; primero se detiene (como docker stop) y luego se elimina.</translation>
    </message>
</context>
<context>
    <name>RemoveImagesDialog</name>
    <message>
        <source>Remove image</source>
        <translation>Eliminar imagen</translation>
    </message>
    <message>
        <source>Remove {0} images</source>
        <translation>Eliminar {0} imágenes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>A removed image can be pulled again if a registry has it; one made here (built, committed, loaded) is gone.</source>
        <translation>Una imagen eliminada se puede descargar de nuevo si un registro la tiene; una hecha aquí (construida, confirmada, cargada) desaparece.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Images to remove</source>
        <translation>Imágenes que eliminar</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Pierde</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <source>Containers made from it</source>
        <translation>Contenedores creados a partir de ella</translation>
    </message>
    <message>
        <source>Remove these containers too</source>
        <translation>Eliminar también estos contenedores</translation>
    </message>
    <message>
        <source>Remove the containers listed above first, then the images</source>
        <translation>Eliminar primero los contenedores de arriba, luego las imágenes</translation>
    </message>
    <message>
        <source>Finding its containers…</source>
        <translation>Buscando sus contenedores…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed file(s)</source>
        <translation>
            <numerusform>%Ln archivo cambiado</numerusform>
            <numerusform>%Ln archivos cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>sin volumen</translation>
    </message>
    <message>
        <source>{0} made from it: the engine refuses to remove an image a container uses. Remove them first, or here with it (running ones are stopped; their named volumes are kept).</source>
        <translation>{0} creados a partir de ella: el motor se niega a eliminar una imagen que usa un contenedor. Elimínalos primero, o aquí junto con ella (los que estén en ejecución se detienen; sus volúmenes con nombre se conservan).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln container(s)</source>
        <translation>
            <numerusform>%Ln contenedor</numerusform>
            <numerusform>%Ln contenedores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveVolumesDialog</name>
    <message>
        <source>Remove volume</source>
        <translation>Eliminar volumen</translation>
    </message>
    <message>
        <source>Remove {0} volumes</source>
        <translation>Eliminar {0} volúmenes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The data in a removed volume is deleted for good. Back it up first if you may need it.</source>
        <translation>Los datos de un volumen eliminado se borran para siempre. Haz una copia primero si puedes necesitarlos.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Measuring the volumes (docker system df -v)…</source>
        <translation>Midiendo los volúmenes (docker system df -v)…</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>named</source>
        <translation>con nombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deleted:&lt;/b&gt; {0}, {1} of data.</source>
        <translation>&lt;b&gt;Se borra:&lt;/b&gt; {0}, {1} de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volume(s)</source>
        <translation>
            <numerusform>%Ln volumen</numerusform>
            <numerusform>%Ln volúmenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be removed.</source>
        <translation>No se puede eliminar nada.</translation>
    </message>
    <message>
        <source>“{0}” ({1}) is in use by {2}: remove those containers first.</source>
        <translation>«{0}» ({1}) lo usa {2}: elimina primero esos contenedores.</translation>
    </message>
    <message>
        <source>A volume cannot be removed while a container uses it — even a stopped one. Removing the container keeps the volume.</source>
        <translation>Un volumen no se puede eliminar mientras lo use un contenedor, aunque esté detenido. Eliminar el contenedor conserva el volumen.</translation>
    </message>
    <message>
        <source>“{0}” no longer exists.</source>
        <translation>«{0}» ya no existe.</translation>
    </message>
</context>
<context>
    <name>RestartDialog</name>
    <message>
        <source>Restart a service</source>
        <translation>Reiniciar un servicio</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Replace every task of {0} with a new one, although nothing in the service changed (a forced update).</source>
        <translation>Reemplazar cada tarea de {0} por una nueva, aunque nada haya cambiado en el servicio (una actualización forzada).</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back {0}</source>
        <translation>Revertir {0}</translation>
    </message>
    <message>
        <source>Roll {0} back to the snapshot of {1} ({2})?

volgui first takes a safety snapshot of the volume as it is now, so this can be undone too. Then it empties the volume and restores the snapshot exactly: every file, folder and link with its owner, mode and time.</source>
        <translation>¿Revertir {0} a la instantánea de {1} ({2})?

volgui toma primero una instantánea de seguridad del volumen tal como está ahora, así que esto también se puede deshacer. Luego vacía el volumen y restaura la instantánea exactamente: cada archivo, carpeta y enlace con su dueño, modo y hora.</translation>
    </message>
    <message>
        <source>Running containers use this volume: {0}. What they write during the roll back may be lost, and they may not expect their files to change under them.</source>
        <translation>Hay contenedores en ejecución que usan este volumen: {0}. Lo que escriban durante la reversión puede perderse, y puede que no esperen que sus archivos cambien bajo ellos.</translation>
    </message>
    <message>
        <source>Stop them during the roll back and start them again after</source>
        <translation>Detenerlos durante la reversión e iniciarlos de nuevo después</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Put the volume back as it was at this snapshot</source>
        <translation>Devolver el volumen al estado de esta instantánea</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Run a container</source>
        <translation>Ejecutar un contenedor</translation>
    </message>
    <message>
        <source>Creates a new container from an image and starts it (docker run).</source>
        <translation>Crea un contenedor nuevo a partir de una imagen y lo inicia (docker run).</translation>
    </message>
    <message>
        <source>The image to run: pick one from the list or type a name</source>
        <translation>La imagen que se ejecuta: elija una de la lista o escriba un nombre</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>optional: docker picks a name</source>
        <translation>opcional: docker elige un nombre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>optional: the image&apos;s default command</source>
        <translation>opcional: el comando predeterminado de la imagen</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>In the background (-d)</source>
        <translation>En segundo plano (-d)</translation>
    </message>
    <message>
        <source>Interactive, with a terminal (-i -t)</source>
        <translation>Interactivo, con terminal (-i -t)</translation>
    </message>
    <message>
        <source>Start the container and leave it running on its own</source>
        <translation>Iniciar el contenedor y dejarlo en marcha por su cuenta</translation>
    </message>
    <message>
        <source>Start the container and open a terminal into it</source>
        <translation>Iniciar el contenedor y abrir un terminal en él</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ejecutar:</translation>
    </message>
    <message>
        <source>Add volume</source>
        <translation>Añadir volumen</translation>
    </message>
    <message>
        <source>Add a row to mount one more volume into the container</source>
        <translation>Añadir una fila para montar otro volumen en el contenedor</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>Volúmenes:</translation>
    </message>
    <message>
        <source>Environment variables for the container, one NAME=value a line</source>
        <translation>Variables de entorno del contenedor, una NOMBRE=valor por línea</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>e.g. 8080:80, 127.0.0.1:5432:5432</source>
        <translation>p. ej. 8080:80, 127.0.0.1:5432:5432</translation>
    </message>
    <message>
        <source>Published ports:</source>
        <translation>Puertos publicados:</translation>
    </message>
    <message>
        <source>When the engine starts the container again after it stops</source>
        <translation>Cuándo vuelve a iniciar el motor el contenedor tras detenerse</translation>
    </message>
    <message>
        <source>Remove the container when it stops (--rm)</source>
        <translation>Eliminar el contenedor cuando se detenga (--rm)</translation>
    </message>
    <message>
        <source>Nothing is left behind: the container and its write layer go when it stops</source>
        <translation>No queda nada: el contenedor y su capa de escritura desaparecen al detenerse</translation>
    </message>
    <message>
        <source>Restart policy:</source>
        <translation>Política de reinicio:</translation>
    </message>
    <message>
        <source>Equivalent command (updated as you type):</source>
        <translation>Comando equivalente (se actualiza mientras escribes):</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Create and start the container as the command below says</source>
        <translation>Crear e iniciar el contenedor como dice el comando de abajo</translation>
    </message>
    <message>
        <source>An anonymous volume has no name; with --rm it is removed with the container.</source>
        <translation>Un volumen anónimo no tiene nombre; con --rm se elimina junto con el contenedor.</translation>
    </message>
    <message>
        <source>An anonymous volume has no name: it is kept when the container is removed, but only its random ID finds it again. Give it a name to keep the data easy to find.</source>
        <translation>Un volumen anónimo no tiene nombre: se conserva al eliminar el contenedor, pero solo su ID aleatorio permite encontrarlo. Ponle un nombre para encontrar los datos con facilidad.</translation>
    </message>
</context>
<context>
    <name>SaveComposeDialog</name>
    <message>
        <source>Save as compose.yaml</source>
        <translation>Guardar como compose.yaml</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>A compose file that re-creates {0} as the engine has it now. Bring it up with docker compose; settings compose cannot express are listed below the preview.</source>
        <translation>Un archivo compose que vuelve a crear {0} tal como lo tiene el motor ahora. Levántalo con docker compose; la configuración que compose no puede expresar aparece bajo la vista previa.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Compose file to write</source>
        <translation>Archivo compose que escribir</translation>
    </message>
    <message>
        <source>Where compose.yaml is written, on this computer</source>
        <translation>Dónde se escribe compose.yaml en este equipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Secrets as ${VAR} references, their values in .env beside the file</source>
        <translation>Secretos como referencias ${VAR}, con sus valores en .env junto al archivo</translation>
    </message>
    <message>
        <source>Keep passwords and tokens out of compose.yaml, in the .env file beside it</source>
        <translation>Dejar contraseñas y tokens fuera de compose.yaml, en el archivo .env de al lado</translation>
    </message>
    <message>
        <source>Show the secret values in the preview</source>
        <translation>Mostrar los valores secretos en la vista previa</translation>
    </message>
    <message>
        <source>Show the values instead of dots in the preview below</source>
        <translation>Mostrar los valores en lugar de puntos en la vista previa de abajo</translation>
    </message>
    <message>
        <source>Preview of compose.yaml</source>
        <translation>Vista previa de compose.yaml</translation>
    </message>
    <message>
        <source>What the file will hold, to read before saving</source>
        <translation>Lo que contendrá el archivo, para leerlo antes de guardar</translation>
    </message>
    <message>
        <source>Preview of the .env file</source>
        <translation>Vista previa del archivo .env</translation>
    </message>
    <message>
        <source>What compose.yaml will hold</source>
        <translation>Lo que contendrá compose.yaml</translation>
    </message>
    <message>
        <source>What the .env file will hold</source>
        <translation>Lo que contendrá el archivo .env</translation>
    </message>
    <message>
        <source>Reading the containers&apos; settings…</source>
        <translation>Leyendo la configuración de los contenedores…</translation>
    </message>
    <message>
        <source># no secrets: no .env is written</source>
        <translation># sin secretos: no se escribe ningún .env</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Archivos compose (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elige dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
    <message>
        <source>{0} already in {1}. Replace?</source>
        <translation>{0} ya existe en {1}. ¿Reemplazar?</translation>
    </message>
</context>
<context>
    <name>SaveImagesDialog</name>
    <message>
        <source>Save images to a file</source>
        <translation>Guardar imágenes en un archivo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Write {0} ({1}) into one tar file; Load… on another engine brings them back without a registry.</source>
        <translation>Escribir {0} ({1}) en un archivo tar; Cargar… en otro motor las recupera sin registro.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>The tar file the images are written to, on this computer</source>
        <translation>El archivo tar de este equipo en el que se escriben las imágenes</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Archivos tar (*.tar)</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation>{0} existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Saved {0} into {1}.</source>
        <translation>{0} guardado en {1}.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale a service</source>
        <translation>Escalar un servicio</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>How many tasks of {0} should run? The orchestrator starts or stops tasks until that many run.</source>
        <translation>¿Cuántas tareas de {0} deben ejecutarse? El orquestador inicia o detiene tareas hasta que se ejecuten esas.</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Réplicas:</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>ServiceMountDialog</name>
    <message>
        <source>Mount a volume into a service</source>
        <translation>Montar un volumen en un servicio</translation>
    </message>
    <message>
        <source>Update service</source>
        <translation>Actualizar servicio</translation>
    </message>
    <message>
        <source>Replace a mount of a service</source>
        <translation>Reemplazar un montaje de un servicio</translation>
    </message>
    <message>
        <source>Remove a mount from a service</source>
        <translation>Quitar un montaje de un servicio</translation>
    </message>
    <message>
        <source>Remove mount</source>
        <translation>Quitar montaje</translation>
    </message>
    <message>
        <source>Mount the volume into every task of {0}.</source>
        <translation>Montar el volumen en cada tarea de {0}.</translation>
    </message>
    <message>
        <source>Mount another volume in place of the one at {1} in {0}.</source>
        <translation>Montar otro volumen en lugar del que está en {1} en {0}.</translation>
    </message>
    <message>
        <source>Stop mounting {1} in the tasks of {0}. The volume and its data stay.</source>
        <translation>Dejar de montar {1} en las tareas de {0}. El volumen y sus datos se quedan.</translation>
    </message>
    <message>
        <source>&amp;Mount:</source>
        <translation>&amp;Montar:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>&amp;Path in the tasks:</source>
        <translation>&amp;Ruta en las tareas:</translation>
    </message>
    <message>
        <source>Already mounted: {0}</source>
        <translation>Ya montado: {0}</translation>
    </message>
    <message>
        <source>A local volume exists on each node apart: a task that moves to another node gets that node&apos;s copy of the volume, created empty if it is not there yet.</source>
        <translation>Un volumen local existe en cada nodo por separado: una tarea que pasa a otro nodo recibe la copia de ese nodo, creada vacía si aún no existe allí.</translation>
    </message>
    <message>
        <source>Choose the volume to mount.</source>
        <translation>Elige el volumen que montar.</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pila</translation>
    </message>
    <message>
        <source>Mode · running/desired</source>
        <translation>Modo · en ejecución/deseadas</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Puertos publicados</translation>
    </message>
    <message>
        <source>Volumes and mounts</source>
        <translation>Volúmenes y montajes</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation>sin volúmenes</translation>
    </message>
    <message>
        <source>ID: {0}</source>
        <translation>ID: {0}</translation>
    </message>
    <message>
        <source>Mounts the selected volume: {0}</source>
        <translation>Monta el volumen seleccionado: {0}</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Filter services: name, stack, image, volume…</source>
        <translation>Filtrar servicios: nombre, pila, imagen, volumen…</translation>
    </message>
    <message>
        <source>Only services using the selected volumes</source>
        <translation>Solo servicios que usan los volúmenes seleccionados</translation>
    </message>
    <message>
        <source>Show only the services that mount the volumes selected in the Volumes view</source>
        <translation>Mostrar solo los servicios que montan los volúmenes seleccionados en la vista Volúmenes</translation>
    </message>
    <message>
        <source>No service mounts the selected volume</source>
        <translation>Ningún servicio monta el volumen seleccionado</translation>
    </message>
    <message>
        <source>No services</source>
        <translation>No hay servicios</translation>
    </message>
    <message>
        <source>Services are made with docker service create or docker stack deploy.</source>
        <translation>Los servicios se crean con docker service create o docker stack deploy.</translation>
    </message>
    <message>
        <source>Drop onto a service to mount the volume in its tasks</source>
        <translation>Suéltalo sobre un servicio para montar el volumen en sus tareas</translation>
    </message>
    <message>
        <source>{0} already mounts {1}</source>
        <translation>{0} ya monta {1}</translation>
    </message>
</context>
<context>
    <name>ShellsFeature</name>
    <message>
        <source>&amp;Debug shell (even without a shell in the image)</source>
        <translation>Shell de &amp;depuración (incluso sin shell en la imagen)</translation>
    </message>
    <message>
        <source>A shell in a helper container that shares this container&apos;s processes, network and volumes; its files are at /proc/1/root. For a stopped container: a shell in a copy.</source>
        <translation>Un shell en un contenedor auxiliar que comparte los procesos, la red y los volúmenes de este contenedor; sus archivos están en /proc/1/root. Para un contenedor detenido: un shell en una copia.</translation>
    </message>
    <message>
        <source>Open a &amp;shell in this volume (read-only)</source>
        <translation>Abrir un &amp;shell en este volumen (solo lectura)</translation>
    </message>
    <message>
        <source>A helper container with the volume at /volume, read-only: look around without changing anything</source>
        <translation>Un contenedor auxiliar con el volumen en /volume, de solo lectura: mira sin cambiar nada</translation>
    </message>
    <message>
        <source>Open a shell in this volume (read-&amp;write)</source>
        <translation>Abrir un shell en este volumen (lectura y &amp;escritura)</translation>
    </message>
    <message>
        <source>A helper container with the volume at /volume; what you change there is changed in the volume</source>
        <translation>Un contenedor auxiliar con el volumen en /volume; lo que cambies allí cambia en el volumen</translation>
    </message>
    <message>
        <source>Open a debug shell in %s</source>
        <translation>Abrir un shell de depuración en %s</translation>
    </message>
    <message>
        <source>Open a shell in volume %s</source>
        <translation>Abrir un shell en el volumen %s</translation>
    </message>
    <message>
        <source>Remove the shell helper</source>
        <translation>Eliminar el auxiliar del shell</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Shortcuts that act on a list (Delete) work while that list has the focus.</source>
        <translation>Los atajos que actúan sobre una lista (Supr) funcionan mientras esa lista tiene el foco.</translation>
    </message>
</context>
<context>
    <name>SizeRequests</name>
    <message>
        <source>Measure write layers</source>
        <translation>Medir las capas de escritura</translation>
    </message>
    <message>
        <source>Compute volume sizes</source>
        <translation>Calcular los tamaños de los volúmenes</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>List containers, volumes and images</source>
        <translation>Listar contenedores, volúmenes e imágenes</translation>
    </message>
    <message>
        <source>Fetch changed objects</source>
        <translation>Obtener los objetos cambiados</translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>automatic: {0}</source>
        <translation>automática: {0}</translation>
    </message>
</context>
<context>
    <name>SnapshotsFeature</name>
    <message>
        <source>Snapshot now</source>
        <translation>Instantánea ahora</translation>
    </message>
    <message>
        <source>Keep a verified copy of the volume to roll back to</source>
        <translation>Conservar una copia verificada del volumen a la que volver</translation>
    </message>
    <message>
        <source>Snapshots and roll back…</source>
        <translation>Instantáneas y reversión…</translation>
    </message>
    <message>
        <source>The volume&apos;s snapshots: roll back, or see what changed</source>
        <translation>Las instantáneas del volumen: revertir o ver qué cambió</translation>
    </message>
    <message>
        <source>Snapshot its volumes</source>
        <translation>Instantánea de sus volúmenes</translation>
    </message>
    <message>
        <source>A snapshot of every volume the container mounts</source>
        <translation>Una instantánea de cada volumen que monta el contenedor</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Taking a snapshot of {0}…</source>
        <translation>Tomando una instantánea de {0}…</translation>
    </message>
    <message>
        <source>Snapshot of {0}</source>
        <translation>Instantánea de {0}</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %Ln volume(s)</source>
        <translation>
            <numerusform>Instantánea de %Ln volumen</numerusform>
            <numerusform>Instantánea de %Ln volúmenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot taken of {0}.</source>
        <translation>Instantánea de {0} tomada.</translation>
    </message>
    <message>
        <source>Snapshot, then {0}</source>
        <translation>Instantánea y después: {0}</translation>
    </message>
    <message>
        <source>Put back the files of {0}</source>
        <translation>Devolver los archivos de {0}</translation>
    </message>
    <message>
        <source>Select a volume first.</source>
        <translation>Primero selecciona un volumen.</translation>
    </message>
    <message>
        <source>The selected container mounts no volume.</source>
        <translation>El contenedor seleccionado no monta ningún volumen.</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S de bloques</translation>
    </message>
    <message>
        <source>Select a running container to see its CPU, memory and I/O.</source>
        <translation>Selecciona un contenedor en ejecución para ver su CPU, memoria y E/S.</translation>
    </message>
    <message>
        <source>{0} — stats load when this tab is shown.</source>
        <translation>{0}: las estadísticas se cargan cuando se muestra esta pestaña.</translation>
    </message>
    <message>
        <source>{0} is not running: no live figures.</source>
        <translation>{0} no se está ejecutando: sin cifras en vivo.</translation>
    </message>
    <message>
        <source>Not connected: stats resume when the engine is back.</source>
        <translation>Sin conexión: las estadísticas continúan cuando vuelva el motor.</translation>
    </message>
    <message>
        <source>Waiting for the first sample of {0}…</source>
        <translation>Esperando la primera muestra de {0}…</translation>
    </message>
    <message>
        <source>{0} — paused while the tab is hidden.</source>
        <translation>{0}: en pausa mientras la pestaña está oculta.</translation>
    </message>
    <message>
        <source>{0} was removed.</source>
        <translation>{0} se eliminó.</translation>
    </message>
    <message>
        <source>Stats stopped: {0} — they resume when the engine is back.</source>
        <translation>Estadísticas detenidas: {0}; continúan cuando vuelva el motor.</translation>
    </message>
    <message>
        <source>{0} of {1} CPUs</source>
        <translation>{0} de {1} CPU</translation>
    </message>
    <message>
        <source>no network interface</source>
        <translation>sin interfaz de red</translation>
    </message>
    <message>
        <source>read {0}  written {1}</source>
        <translation>leído {0}  escrito {1}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The main facts of the selected object, in sections; links open what they name</source>
        <translation>Lo principal del objeto seleccionado, por secciones; los enlaces abren lo que nombran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Looks like a secret: masked until you click Reveal</source>
        <translation>Parece un secreto: oculto hasta que pulses Mostrar</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the values of variables that look secret</source>
        <translation>Mostrar los valores de las variables que parecen secretas</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
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
        <translation>Los servicios, tareas y nodos del swarm al que pertenece este motor</translation>
    </message>
    <message>
        <source>S&amp;warm services</source>
        <translation>Servicios de S&amp;warm</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <source>Replace a mount…</source>
        <translation>Reemplazar un montaje…</translation>
    </message>
    <message>
        <source>Remove a mount…</source>
        <translation>Quitar un montaje…</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Asking the engine whether it manages a swarm…</source>
        <translation>Preguntando al motor si gestiona un swarm…</translation>
    </message>
    <message>
        <source>This engine is a swarm worker: only a manager lists services, tasks and nodes. The containers of its tasks and its own copies of their volumes are in the Containers and Volumes views; back a volume up here to save this node&apos;s copy.</source>
        <translation>Este motor es un worker de swarm: solo un manager enumera servicios, tareas y nodos. Los contenedores de sus tareas y sus propias copias de los volúmenes están en las vistas Contenedores y Volúmenes; haz aquí la copia de un volumen para guardar la copia de este nodo.</translation>
    </message>
    <message>
        <source>This engine is not a swarm manager (swarm state: {0}). Services, tasks and nodes are listed by a manager: connect to one, or make this engine one with docker swarm init.</source>
        <translation>Este motor no es un manager de swarm (estado del swarm: {0}). Los servicios, tareas y nodos los enumera un manager: conéctate a uno o convierte este motor en uno con docker swarm init.</translation>
    </message>
    <message>
        <source>Swarm manager: {0}, {1}.</source>
        <translation>Manager de swarm: {0}, {1}.</translation>
    </message>
    <message>
        <source>{0} objects could not be read and are not shown.</source>
        <translation>{0} objetos no se pudieron leer y no se muestran.</translation>
    </message>
    <message>
        <source>Volumes of {0} per node</source>
        <translation>Volúmenes de {0} por nodo</translation>
    </message>
    <message>
        <source>Select one service that mounts something.</source>
        <translation>Selecciona un servicio que monte algo.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>an action, then the service it acts on</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: the orchestrator is updating the tasks ({1})</source>
        <translation>{0}: el orquestador está actualizando las tareas ({1})</translation>
    </message>
    <message>
        <source>Reading the last {0} of {1}…</source>
        <translation>Leyendo las últimas {0} de {1}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln línea</numerusform>
            <numerusform>%Ln líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs of {0}</source>
        <translation>Registros de {0}</translation>
    </message>
    <message>
        <source>{0}, the newest last; each names its task (service.slot.task-id@node).</source>
        <translation>{0}, la más reciente al final; cada una nombra su tarea (servicio.slot.id-tarea@nodo).</translation>
    </message>
    <message>
        <source>The answer was cut at its size limit: the newest lines are missing.</source>
        <translation>La respuesta se cortó en su límite de tamaño: faltan las líneas más recientes.</translation>
    </message>
    <message>
        <source>Inspect {0}</source>
        <translation>Inspeccionar {0}</translation>
    </message>
</context>
<context>
    <name>SwarmLoader</name>
    <message>
        <source>Listing swarm services</source>
        <translation>Listar los servicios de swarm</translation>
    </message>
</context>
<context>
    <name>SwarmPanel</name>
    <message>
        <source>Scale…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <source>Change how many tasks of the service run</source>
        <translation>Cambiar cuántas tareas del servicio se ejecutan</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <source>Replace every task (docker service update --force)</source>
        <translation>Reemplazar cada tarea (docker service update --force)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>The last lines of every task of the service</source>
        <translation>Las últimas líneas de cada tarea del servicio</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>The service as the engine describes it</source>
        <translation>El servicio tal como lo describe el motor</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the services, tasks and nodes again</source>
        <translation>Enumerar de nuevo los servicios, tareas y nodos</translation>
    </message>
    <message>
        <source>Back up this volume…</source>
        <translation>Copiar este volumen…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>The tasks of the selected service and where each runs</source>
        <translation>Las tareas del servicio seleccionado y dónde se ejecuta cada una</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>The machines of the swarm</source>
        <translation>Las máquinas del swarm</translation>
    </message>
    <message>
        <source>Volumes per node</source>
        <translation>Volúmenes por nodo</translation>
    </message>
    <message>
        <source>Which volume each node holds for the selected service</source>
        <translation>Qué volumen tiene cada nodo para el servicio seleccionado</translation>
    </message>
    <message>
        <source>What the tasks of the selected service wrote</source>
        <translation>Lo que escribieron las tareas del servicio seleccionado</translation>
    </message>
    <message>
        <source>The selected service as the engine describes it</source>
        <translation>El servicio seleccionado tal como lo describe el motor</translation>
    </message>
</context>
<context>
    <name>TagImageDialog</name>
    <message>
        <source>Tag image</source>
        <translation>Etiquetar imagen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <source>Give {0} another name: a new version (app:1.3), or a registry&apos;s name to push it there (registry.example.com/team/app:1.3).</source>
        <translation>Dale a {0} otro nombre: una versión nueva (app:1.3) o el nombre de un registro para subirla allí (registry.example.com/team/app:1.3).</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <source>A tag cannot be a digest.</source>
        <translation>Una etiqueta no puede ser un resumen (digest).</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Deseado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(sin asignar)</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Select a service</source>
        <translation>Selecciona un servicio</translation>
    </message>
    <message>
        <source>Its tasks, with the node each runs on, show here.</source>
        <translation>Aquí aparecen sus tareas, con el nodo en el que se ejecuta cada una.</translation>
    </message>
</context>
<context>
    <name>TerminalFeature</name>
    <message>
        <source>Open &amp;terminal</source>
        <translation>Abrir &amp;terminal</translation>
    </message>
    <message>
        <source>Open a shell in the selected container (docker exec -it)</source>
        <translation>Abrir un shell en el contenedor seleccionado (docker exec -it)</translation>
    </message>
    <message>
        <source>&amp;Attach to main process</source>
        <translation>&amp;Adjuntarse al proceso principal</translation>
    </message>
    <message>
        <source>Attach to the container&apos;s main process (docker attach); closing the tab detaches without stopping it</source>
        <translation>Adjuntarse al proceso principal del contenedor (docker attach); cerrar la pestaña se separa sin detenerlo</translation>
    </message>
    <message>
        <source>Run &amp;command in container…</source>
        <translation>Ejecutar &amp;comando en el contenedor…</translation>
    </message>
    <message>
        <source>Run a command of your choice with a terminal (docker exec -it CONTAINER COMMAND)</source>
        <translation>Ejecutar un comando que elijas con un terminal (docker exec -it CONTENEDOR COMANDO)</translation>
    </message>
    <message>
        <source>Open in s&amp;ystem terminal</source>
        <translation>Abrir en el terminal del s&amp;istema</translation>
    </message>
    <message>
        <source>Run docker exec -it in your desktop&apos;s terminal emulator</source>
        <translation>Ejecutar docker exec -it en el emulador de terminal de tu escritorio</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>Abrir terminal</translation>
    </message>
    <message>
        <source>Container name or ID:</source>
        <translation>Nombre o ID del contenedor:</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Ejecutar comando</translation>
    </message>
    <message>
        <source>Command to run (e.g. top, or psql -U postgres):</source>
        <translation>Comando que ejecutar (p. ej. top, o psql -U postgres):</translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation>Abrir en el terminal del sistema</translation>
    </message>
    <message>
        <source>A shell inside the container: what you type runs there</source>
        <translation>Una shell dentro del contenedor: lo que escribe se ejecuta allí</translation>
    </message>
</context>
<context>
    <name>TerminalTab</name>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation>Abrir en el terminal del sistema</translation>
    </message>
    <message>
        <source>Run docker exec -it in your desktop&apos;s terminal emulator</source>
        <translation>Ejecutar docker exec -it en el emulador de terminal de tu escritorio</translation>
    </message>
    <message>
        <source>Not connected to a Docker engine.</source>
        <translation>Sin conexión con un motor Docker.</translation>
    </message>
    <message>
        <source>Attaching to</source>
        <translation>Adjuntándose a</translation>
    </message>
    <message>
        <source>Opening a shell in</source>
        <translation>Abriendo un shell en</translation>
    </message>
    <message>
        <source>The equivalent docker command:</source>
        <translation>El comando docker equivalente:</translation>
    </message>
    <message>
        <source>{name} stopped (exit code {code}).</source>
        <translation>{name} se detuvo (código de salida {code}).</translation>
    </message>
    <message>
        <source>Start it, then reopen the terminal.</source>
        <translation>Inícialo y vuelve a abrir el terminal.</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <source>The shell</source>
        <translation>El shell</translation>
    </message>
    <message>
        <source>{who} exited with code {code}.</source>
        <translation>{who} terminó con el código {code}.</translation>
    </message>
    <message>
        <source>{name} stopped (exit code {code}). Start it, then reopen the terminal.</source>
        <translation>{name} se detuvo (código de salida {code}). Inícialo y vuelve a abrir el terminal.</translation>
    </message>
    <message>
        <source>Resize terminal</source>
        <translation>Cambiar el tamaño del terminal</translation>
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
        <translation>Una shell dentro del contenedor: lo que escribe se ejecuta allí</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Clear scrollback</source>
        <translation>Vaciar el historial</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Snapshots of {0}</source>
        <translation>Instantáneas de {0}</translation>
    </message>
    <message>
        <source>A snapshot is a verified copy of the volume that volgui keeps in its data folder. Roll back to one to undo what happened since (volgui takes a safety snapshot first), or see what changed.</source>
        <translation>Una instantánea es una copia verificada del volumen que volgui guarda en su carpeta de datos. Vuelve a una para deshacer lo ocurrido desde entonces (volgui toma antes una instantánea de seguridad), o mira qué cambió.</translation>
    </message>
    <message>
        <source>Put back…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <source>Move the volume&apos;s files back from the folder the roll back left them in (after a snapshot)</source>
        <translation>Devolver los archivos del volumen desde la carpeta en la que los dejó la reversión (tras una instantánea)</translation>
    </message>
    <message>
        <source>Newest first: time, size, what was running, note</source>
        <translation>Las más recientes primero: hora, tamaño, qué se ejecutaba, nota</translation>
    </message>
    <message>
        <source>A note for the new snapshot (optional)</source>
        <translation>Una nota para la nueva instantánea (opcional)</translation>
    </message>
    <message>
        <source>Note for the new snapshot</source>
        <translation>Nota para la nueva instantánea</translation>
    </message>
    <message>
        <source>Snapshot now</source>
        <translation>Instantánea ahora</translation>
    </message>
    <message>
        <source>Take a snapshot of the volume now, with the note</source>
        <translation>Tomar ahora una instantánea del volumen, con la nota</translation>
    </message>
    <message>
        <source>What changed since…</source>
        <translation>Qué cambió desde…</translation>
    </message>
    <message>
        <source>What changed in the volume since the selected snapshot</source>
        <translation>Qué cambió en el volumen desde la instantánea seleccionada</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Revertir…</translation>
    </message>
    <message>
        <source>Put the volume back as it was in the selected snapshot</source>
        <translation>Devolver el volumen a como estaba en la instantánea seleccionada</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Delete the selected snapshot&apos;s files</source>
        <translation>Borrar los archivos de la instantánea seleccionada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>An interrupted roll back left the volume&apos;s files in the folder {0}.</source>
        <translation>Una reversión interrumpida dejó los archivos del volumen en la carpeta {0}.</translation>
    </message>
    <message>
        <source>No snapshots of {0} yet.</source>
        <translation>Aún no hay instantáneas de {0}.</translation>
    </message>
    <message>
        <source>Taking a snapshot of {0}…</source>
        <translation>Tomando una instantánea de {0}…</translation>
    </message>
    <message>
        <source>Snapshot taken: {0}, {1}. {2}</source>
        <translation>Instantánea tomada: {0}, {1}. {2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Borrar instantánea</translation>
    </message>
    <message>
        <source>Delete the snapshot of {0} from {1}? It cannot be rolled back to afterwards.</source>
        <translation>¿Borrar la instantánea de {0} del {1}? Después ya no se podrá volver a ella.</translation>
    </message>
    <message>
        <source>Delete a snapshot of {0}</source>
        <translation>Borrar una instantánea de {0}</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Snapshot deleted.</source>
        <translation>Instantánea borrada.</translation>
    </message>
    <message>
        <source>Roll back {0}</source>
        <translation>Revertir {0}</translation>
    </message>
    <message>
        <source>Rolling {0} back…</source>
        <translation>Revirtiendo {0}…</translation>
    </message>
    <message>
        <source>Rolled {0} back to the snapshot of {1}.</source>
        <translation>{0} revertido a la instantánea de {1}.</translation>
    </message>
    <message>
        <source>The state before is kept as a safety snapshot (at the top).</source>
        <translation>El estado anterior se conserva como instantánea de seguridad (arriba del todo).</translation>
    </message>
    <message>
        <source>Stopped and started again: {0}.</source>
        <translation>Detenidos e iniciados de nuevo: {0}.</translation>
    </message>
    <message>
        <source>Putting back the files of {0}…</source>
        <translation>Devolviendo los archivos de {0}…</translation>
    </message>
    <message>
        <source>The files of {0} are back from the folder {1}. The volume as it was before is kept as a snapshot (at the top).</source>
        <translation>Los archivos de {0} han vuelto desde la carpeta {1}. El volumen tal como estaba antes se conserva como instantánea (arriba del todo).</translation>
    </message>
</context>
<context>
    <name>ToolsImageDialog</name>
    <message>
        <source>Tools image for fast backups</source>
        <translation>Imagen de herramientas para copias rápidas</translation>
    </message>
    <message>
        <source>Looking at the engine&apos;s images…</source>
        <translation>Revisando las imágenes del motor…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Made for volgui</source>
        <translation>Hecha para volgui</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Usar esta imagen</translation>
    </message>
    <message>
        <source>Make one from this machine&apos;s busybox</source>
        <translation>Crear una a partir del busybox de este equipo</translation>
    </message>
    <message>
        <source>Forget my choice</source>
        <translation>Olvidar mi elección</translation>
    </message>
    <message>
        <source>List images for the tools image</source>
        <translation>Listar imágenes para la imagen de herramientas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>volgui can make its own (%s) from %s; nothing is downloaded.</source>
        <translation>volgui puede crear la suya (%s) a partir de %s; no se descarga nada.</translation>
    </message>
    <message>
        <source>volgui cannot make its own here: %s</source>
        <translation>volgui no puede crear la suya aquí: %s</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>tu elección</translation>
    </message>
    <message>
        <source>labelled for volgui</source>
        <translation>etiquetada para volgui</translation>
    </message>
    <message>
        <source>made by volgui</source>
        <translation>creada por volgui</translation>
    </message>
    <message>
        <source>Backups and restores use the fast way with %s (%s).</source>
        <translation>Las copias y restauraciones usan la vía rápida con %s (%s).</translation>
    </message>
    <message>
        <source>No tools image: backups and restores use the slower way through the engine&apos;s archive API.</source>
        <translation>Sin imagen de herramientas: las copias y restauraciones usan la vía más lenta de la API de archivos del motor.</translation>
    </message>
    <message>
        <source>Use {0} for fast backups</source>
        <translation>Usar {0} para copias rápidas</translation>
    </message>
    <message>
        <source>Make volgui&apos;s tools image</source>
        <translation>Crear la imagen de herramientas de volgui</translation>
    </message>
    <message>
        <source>Forget the chosen tools image</source>
        <translation>Olvidar la imagen de herramientas elegida</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Stop them while copying (up to 10 s each; open terminals end)</source>
        <translation>Detenerlos mientras se copia (hasta 10 s cada uno; los terminales abiertos se cierran)</translation>
    </message>
    <message>
        <source>They are started again when the copy is done.</source>
        <translation>Se vuelven a iniciar cuando termina la copia.</translation>
    </message>
    <message>
        <source>Same with docker:</source>
        <translation>Lo mismo con docker:</translation>
    </message>
    <message>
        <source>The equivalent command line, to script the same work</source>
        <translation>La línea de comandos equivalente, para automatizar el mismo trabajo</translation>
    </message>
    <message>
        <source>The volume: pick one from the list or type its name</source>
        <translation>El volumen: elija uno de la lista o escriba su nombre</translation>
    </message>
    <message>
        <source>Users of {0}</source>
        <translation>Usuarios de {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running containers use this volume: %s.&lt;/b&gt; Files copied while a program writes them (a database, for example) may not match each other; stopping the containers while copying avoids that.</source>
        <translation>&lt;b&gt;Hay contenedores en ejecución que usan este volumen: %s.&lt;/b&gt; Los archivos copiados mientras un programa los escribe (una base de datos, por ejemplo) pueden no concordar entre sí; detener los contenedores durante la copia lo evita.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was left half done.</source>
        <translation>Cancelado: no quedó nada a medias.</translation>
    </message>
</context>
<context>
    <name>VolumeBrowserDialog</name>
    <message>
        <source>Files of volume %s</source>
        <translation>Archivos del volumen %s</translation>
    </message>
</context>
<context>
    <name>VolumeDataFeature</name>
    <message>
        <source>Browse files…</source>
        <translation>Explorar archivos…</translation>
    </message>
    <message>
        <source>See, preview, download and upload the files of the volume</source>
        <translation>Ver, previsualizar, descargar y subir los archivos del volumen</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Hacer copia…</translation>
    </message>
    <message>
        <source>Save the volume&apos;s files to a .tar or .tar.gz file</source>
        <translation>Guardar los archivos del volumen en un archivo .tar o .tar.gz</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore a .tar or .tar.gz backup into a new or existing volume</source>
        <translation>Restaurar una copia .tar o .tar.gz en un volumen nuevo o existente</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Clonar…</translation>
    </message>
    <message>
        <source>Copy the volume&apos;s files into a new volume</source>
        <translation>Copiar los archivos del volumen a un volumen nuevo</translation>
    </message>
    <message>
        <source>Remove the helper image</source>
        <translation>Eliminar la imagen auxiliar</translation>
    </message>
    <message>
        <source>volgui makes a tiny empty image (volgui/helper:1) to reach volume files, and volgui/tools:1 from this machine&apos;s busybox for fast backups; both are made again when needed</source>
        <translation>volgui crea una imagen vacía diminuta (volgui/helper:1) para llegar a los archivos de los volúmenes, y volgui/tools:1 a partir del busybox de este equipo para copias rápidas; ambas se vuelven a crear cuando hacen falta</translation>
    </message>
    <message>
        <source>Tools image for fast backups…</source>
        <translation>Imagen de herramientas para copias rápidas…</translation>
    </message>
    <message>
        <source>Choose the image volgui runs tar in to copy volume data fast</source>
        <translation>Elegir la imagen en la que volgui ejecuta tar para copiar rápido los datos de volúmenes</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>There are no volumes.</source>
        <translation>No hay volúmenes.</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Explorar archivos</translation>
    </message>
    <message>
        <source>Helper image removed.</source>
        <translation>Imagen auxiliar eliminada.</translation>
    </message>
    <message>
        <source>There was no helper image.</source>
        <translation>No había imagen auxiliar.</translation>
    </message>
    <message>
        <source>Use {0} for fast backups</source>
        <translation>Usar {0} para copias rápidas</translation>
    </message>
    <message>
        <source>Remove leftover helpers</source>
        <translation>Eliminar contenedores auxiliares sobrantes</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln helper container(s) left by an earlier run.</source>
        <translation>
            <numerusform>Eliminado %Ln contenedor auxiliar de una ejecución anterior.</numerusform>
            <numerusform>Eliminados %Ln contenedores auxiliares de una ejecución anterior.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeErrors</name>
    <message>
        <source>This is not a tar archive volgui can read ({0}).</source>
        <translation>No es un archivo tar que volgui pueda leer ({0}).</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>una ruta absoluta</translation>
    </message>
    <message>
        <source>climbs out of the folder with “..”</source>
        <translation>sale de la carpeta con «..»</translation>
    </message>
    <message>
        <source>{0} was refused: {1} would be written outside the volume or through a link — {2}. Nothing was restored.</source>
        <translation>{0} se rechazó: {1} con destino fuera del volumen o a través de un enlace — {2}. No se restauró nada.</translation>
    </message>
    <message>
        <source>{0}; and {1} more</source>
        <translation>{0}; y {1} más</translation>
    </message>
    <message>
        <source>a hard link to {0} ({1})</source>
        <translation>un enlace duro a {0} ({1})</translation>
    </message>
    <message>
        <source>written through the symbolic link {0}</source>
        <translation>escrito a través del enlace simbólico {0}</translation>
    </message>
    <message>
        <source>{0}: a device node</source>
        <translation>{0}: un nodo de dispositivo</translation>
    </message>
    <message>
        <source>set-user-ID and set-group-ID</source>
        <translation>set-user-ID y set-group-ID</translation>
    </message>
    <message>
        <source>set-user-ID</source>
        <translation>set-user-ID</translation>
    </message>
    <message>
        <source>set-group-ID</source>
        <translation>set-group-ID</translation>
    </message>
    <message>
        <source>{0} (owned by root)</source>
        <translation>{0} (propiedad de root)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device node(s) or set-ID file(s)</source>
        <translation>
            <numerusform>%Ln nodo de dispositivo o archivo set-ID</numerusform>
            <numerusform>%Ln nodos de dispositivo o archivos set-ID</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} holds {1}: {2}. Nothing was restored: restore the archive with “Restore…” on the volume, which lists them and asks before restoring them.</source>
        <translation>{0} contiene {1}: {2}. No se restauró nada: restaura el archivo con «Restaurar…» en el volumen, que los enumera y pregunta antes de restaurarlos.</translation>
    </message>
    <message>
        <source>The archive holds more than {0}: not read further.</source>
        <translation>El archivo contiene más de {0}: no se leyó más.</translation>
    </message>
    <message>
        <source>The archive ends inside a file: it is truncated.</source>
        <translation>El archivo termina en medio de un fichero: está truncado.</translation>
    </message>
    <message>
        <source>The archive {0} could not be read to the end.</source>
        <translation>El archivo {0} no se pudo leer hasta el final.</translation>
    </message>
    <message>
        <source>{0}: missing after restore</source>
        <translation>{0}: falta tras restaurar</translation>
    </message>
    <message>
        <source>{0}: {1} {2} became {3}</source>
        <translation>{0}: {1} {2} pasó a ser {3}</translation>
    </message>
    <message>
        <source>{0}: appeared after restore</source>
        <translation>{0}: apareció tras restaurar</translation>
    </message>
    <message>
        <source>The archive {0} is missing.</source>
        <translation>Falta el archivo {0}.</translation>
    </message>
    <message>
        <source>The archive&apos;s checksum does not match its manifest: it was changed or damaged after the backup.</source>
        <translation>La suma de comprobación del archivo no coincide con su manifiesto: se cambió o dañó después de la copia.</translation>
    </message>
    <message>
        <source>The archive&apos;s contents do not match its manifest.</source>
        <translation>El contenido del archivo no coincide con su manifiesto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) after restoring: {0}</source>
        <translation>
            <numerusform>%Ln diferencia tras restaurar: {0}</numerusform>
            <numerusform>%Ln diferencias tras restaurar: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored {0} into a scratch volume: all match.</source>
        <translation>Restaurado en un volumen de prueba: {0}; todo coincide.</translation>
    </message>
    <message>
        <source>The verification result cannot be written to {0}: {1}</source>
        <translation>El resultado de la verificación no se puede escribir en {0}: {1}</translation>
    </message>
    <message>
        <source>The archive {0} cannot be read: {1}</source>
        <translation>El archivo {0} no se puede leer: {1}</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Conserva al menos una copia.</translation>
    </message>
    <message>
        <source>Kept {0}: {1}.</source>
        <translation>Se conservó {0}: {1}.</translation>
    </message>
    <message>
        <source>Listing volumes</source>
        <translation>Listar volúmenes</translation>
    </message>
    <message>
        <source>Backing up {0} ({1}/{2})…</source>
        <translation>Copiando {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>Backing up {0} failed, so nothing was deleted: {1}</source>
        <translation>La copia de {0} falló, así que no se eliminó nada: {1}</translation>
    </message>
    <message>
        <source>The engine sent an unreadable archive of {0}: {1}</source>
        <translation>El motor envió un archivo ilegible de {0}: {1}</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>Leer {0}</translation>
    </message>
    <message>
        <source>{0} leads out of volume {1} through a symbolic link: refused, nothing was changed.</source>
        <translation>{0} sale del volumen {1} a través de un enlace simbólico: rechazado, no se cambió nada.</translation>
    </message>
    <message>
        <source>/{0} cannot be followed (a symbolic link that loops?): {1} refused, nothing was changed.</source>
        <translation>/{0} no se puede seguir (¿un enlace simbólico en bucle?): {1} rechazado, no se cambió nada.</translation>
    </message>
    <message>
        <source>{0} has too many symbolic links (a loop?): refused.</source>
        <translation>{0} tiene demasiados enlaces simbólicos (¿un bucle?): rechazado.</translation>
    </message>
    <message>
        <source>tar exited with {0}</source>
        <translation>tar terminó con {0}</translation>
    </message>
    <message>
        <source>Reading volume {0} failed: {1}</source>
        <translation>La lectura del volumen {0} falló: {1}</translation>
    </message>
    <message>
        <source>Restoring into {0} failed: {1}</source>
        <translation>La restauración en {0} falló: {1}</translation>
    </message>
    <message>
        <source>The folder holds more than {0}.</source>
        <translation>La carpeta contiene más de {0}.</translation>
    </message>
    <message>
        <source>/{0} does not exist in volume {1} (any more).</source>
        <translation>/{0} no existe (ya) en el volumen {1}.</translation>
    </message>
    <message>
        <source>Checking a path</source>
        <translation>Comprobar una ruta</translation>
    </message>
    <message>
        <source>Checking {0} failed: HTTP {1}</source>
        <translation>La comprobación de {0} falló: HTTP {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} no se puede leer: {1}</translation>
    </message>
    <message>
        <source>/{0}: {1}</source>
        <translation>/{0}: {1}</translation>
    </message>
    <message>
        <source>{0} is empty or unreadable.</source>
        <translation>{0} está vacío o es ilegible.</translation>
    </message>
    <message>
        <source>{0} is a folder.</source>
        <translation>{0} es una carpeta.</translation>
    </message>
    <message>
        <source>Download the volume&apos;s root with “Back up…” instead.</source>
        <translation>Descarga la raíz del volumen con «Hacer copia…» en su lugar.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation>{0} ya existe.</translation>
    </message>
    <message>
        <source>Downloading {0} failed: {1}</source>
        <translation>La descarga de {0} falló: {1}</translation>
    </message>
    <message>
        <source>Downloading {0} failed: the archive did not hold it.</source>
        <translation>La descarga de {0} falló: el archivo no lo contenía.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} no existe.</translation>
    </message>
    <message>
        <source>The folder /{0} does not exist in volume {1}.</source>
        <translation>La carpeta /{0} no existe en el volumen {1}.</translation>
    </message>
    <message>
        <source>Uploading into {0}/{1}</source>
        <translation>Subir a {0}/{1}</translation>
    </message>
    <message>
        <source>The volume&apos;s root already exists.</source>
        <translation>La raíz del volumen ya existe.</translation>
    </message>
    <message>
        <source>/{0} already exists in volume {1}.</source>
        <translation>/{0} ya existe en el volumen {1}.</translation>
    </message>
    <message>
        <source>Creating folder {0}</source>
        <translation>Crear la carpeta {0}</translation>
    </message>
    <message>
        <source>The volume&apos;s root cannot be deleted (remove the volume instead).</source>
        <translation>La raíz del volumen no se puede eliminar (elimina el volumen en su lugar).</translation>
    </message>
    <message>
        <source>/{0} is the volume&apos;s root: it cannot be deleted.</source>
        <translation>/{0} es la raíz del volumen: no se puede eliminar.</translation>
    </message>
    <message>
        <source>this engine does not remove paths through its archive API. Use: {0}</source>
        <translation>este motor no elimina rutas a través de su API de archivos. Usa: {0}</translation>
    </message>
    <message>
        <source>Deleting {0}</source>
        <translation>Eliminar {0}</translation>
    </message>
    <message>
        <source>Deleting {0} failed: {1}</source>
        <translation>La eliminación de {0} falló: {1}</translation>
    </message>
    <message>
        <source>Looking for the helper image</source>
        <translation>Buscar la imagen auxiliar</translation>
    </message>
    <message>
        <source>Making the helper image</source>
        <translation>Crear la imagen auxiliar</translation>
    </message>
    <message>
        <source>Removing the helper image</source>
        <translation>Eliminar la imagen auxiliar</translation>
    </message>
    <message>
        <source>Looking for a tools image</source>
        <translation>Buscar una imagen de herramientas</translation>
    </message>
    <message>
        <source>Looking up volume {0}</source>
        <translation>Consultar el volumen {0}</translation>
    </message>
    <message>
        <source>There is no volume named “{0}”.</source>
        <translation>No hay ningún volumen llamado «{0}».</translation>
    </message>
    <message>
        <source>Preparing access to volume {0}</source>
        <translation>Preparar el acceso al volumen {0}</translation>
    </message>
    <message>
        <source>Looking for leftover helpers</source>
        <translation>Buscar auxiliares sobrantes</translation>
    </message>
    <message>
        <source>The volume history ({0}) is locked by another program: {1}</source>
        <translation>Otro programa tiene bloqueado el historial de volúmenes ({0}): {1}</translation>
    </message>
    <message>
        <source>The volume history file was damaged ({0}); it was moved to {1} and a new one started.</source>
        <translation>El archivo del historial de volúmenes estaba dañado ({0}); se movió a {1} y se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>The volume history was written by a newer volgui (schema {0}).</source>
        <translation>El historial de volúmenes lo escribió un volgui más reciente (esquema {0}).</translation>
    </message>
    <message>
        <source>The volume history could not be updated: {0}</source>
        <translation>No se pudo actualizar el historial de volúmenes: {0}</translation>
    </message>
    <message>
        <source>used by {0} at {1} (read-only)</source>
        <translation>usado por {0} en {1} (solo lectura)</translation>
    </message>
    <message>
        <source>used by {0} at {1}</source>
        <translation>usado por {0} en {1}</translation>
    </message>
    <message>
        <source>used by {0} at {1} (read-only) (removed {2})</source>
        <translation>usado por {0} en {1} (solo lectura) (eliminado {2})</translation>
    </message>
    <message>
        <source>used by {0} at {1} (removed {2})</source>
        <translation>usado por {0} en {1} (eliminado {2})</translation>
    </message>
    <message>
        <source>Listing {0}</source>
        <translation>Listar {0}</translation>
    </message>
    <message>
        <source>Preparing a listing helper for {0}</source>
        <translation>Preparar un auxiliar de listado para {0}</translation>
    </message>
    <message>
        <source>Starting the listing helper</source>
        <translation>Iniciar el auxiliar de listado</translation>
    </message>
    <message>
        <source>The listing of /{0} arrived incomplete ({1} tries): refresh to try again.</source>
        <translation>El listado de /{0} llegó incompleto ({1} intentos): actualice para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listar</translation>
    </message>
    <message>
        <source>Listing /{0} failed: {1}</source>
        <translation>El listado de /{0} falló: {1}</translation>
    </message>
    <message>
        <source>The listing of /{0} arrived incomplete.</source>
        <translation>El listado de /{0} llegó incompleto.</translation>
    </message>
    <message>
        <source>The folder changed while it was listed: refresh.</source>
        <translation>La carpeta cambió mientras se listaba: actualiza.</translation>
    </message>
    <message>
        <source>its content is a JSON {0}, not an object</source>
        <translation>su contenido es un {0} de JSON, no un objeto</translation>
    </message>
    <message>
        <source>it is not a volgui backup manifest</source>
        <translation>no es un manifiesto de copia de volgui</translation>
    </message>
    <message>
        <source>its “{0}” is missing or not text</source>
        <translation>su «{0}» falta o no es texto</translation>
    </message>
    <message>
        <source>its “{0}” is not text</source>
        <translation>su «{0}» no es texto</translation>
    </message>
    <message>
        <source>its “running” is not a list of at most {0} container names</source>
        <translation>su «running» no es una lista de como mucho {0} nombres de contenedor</translation>
    </message>
    <message>
        <source>its “{0}” is not a whole number</source>
        <translation>su «{0}» no es un número entero</translation>
    </message>
    <message>
        <source>its “created” time is not an ISO time with a time zone</source>
        <translation>su hora «created» no es una hora ISO con zona horaria</translation>
    </message>
    <message>
        <source>it names the archive “{0}”, not the file it belongs to ({1})</source>
        <translation>nombra el archivo «{0}», no el fichero al que pertenece ({1})</translation>
    </message>
    <message>
        <source>its “archive_sha256” is not a sha256</source>
        <translation>su «archive_sha256» no es un sha256</translation>
    </message>
    <message>
        <source>its “files” is not an object</source>
        <translation>su «files» no es un objeto</translation>
    </message>
    <message>
        <source>the entry for {0} is not an object</source>
        <translation>la entrada de {0} no es un objeto</translation>
    </message>
    <message>
        <source>the entry for {0} has a “{1}” that is not a whole number</source>
        <translation>la entrada de {0} tiene un «{1}» que no es un número entero</translation>
    </message>
    <message>
        <source>the entry for {0} has a “{1}” that is not text</source>
        <translation>la entrada de {0} tiene un «{1}» que no es texto</translation>
    </message>
    <message>
        <source>its “verification” is not an object</source>
        <translation>su «verification» no es un objeto</translation>
    </message>
    <message>
        <source>its verification result is not true or false</source>
        <translation>su resultado de verificación no es verdadero ni falso</translation>
    </message>
    <message>
        <source>its verification “{0}” is not text</source>
        <translation>su «{0}» de verificación no es texto</translation>
    </message>
    <message>
        <source>The backup manifest {0} cannot be read: {1}</source>
        <translation>El manifiesto de copia {0} no se puede leer: {1}</translation>
    </message>
    <message>
        <source>The backup manifest {0} is larger than {1} MB: skipped.</source>
        <translation>El manifiesto de copia {0} ocupa más de {1} MB: omitido.</translation>
    </message>
    <message>
        <source>The backup manifest {0} is not valid JSON: {1}</source>
        <translation>El manifiesto de copia {0} no es JSON válido: {1}</translation>
    </message>
    <message>
        <source>The backup manifest {0} was skipped: {1}.</source>
        <translation>Se omitió el manifiesto de copia {0}: {1}.</translation>
    </message>
    <message>
        <source>the archive ends inside an entry</source>
        <translation>el archivo termina en medio de una entrada</translation>
    </message>
    <message>
        <source>“{0}” is not an interval: use a number of hours or days, like 6h or 2d.</source>
        <translation>«{0}» no es un intervalo: usa un número de horas o días, como 6h o 2d.</translation>
    </message>
    <message>
        <source>The backup policies in {0} cannot be read: {1}</source>
        <translation>Las políticas de copias de {0} no se pueden leer: {1}</translation>
    </message>
    <message>
        <source>The backup policies in {0} are not a JSON object.</source>
        <translation>Las políticas de copias de {0} no son un objeto JSON.</translation>
    </message>
    <message>
        <source>{0} is missing or not a plain file</source>
        <translation>{0} falta o no es un fichero normal</translation>
    </message>
    <message>
        <source>its manifest was not written by volgui</source>
        <translation>su manifiesto no lo escribió volgui</translation>
    </message>
    <message>
        <source>its manifest records no size or checksum to recognise the archive by</source>
        <translation>su manifiesto no registra tamaño ni suma de comprobación con que reconocer el archivo</translation>
    </message>
    <message>
        <source>{0} does not have the size its manifest records</source>
        <translation>{0} no tiene el tamaño que registra su manifiesto</translation>
    </message>
    <message>
        <source>{0} does not have the checksum its manifest records</source>
        <translation>{0} no tiene la suma de comprobación que registra su manifiesto</translation>
    </message>
    <message>
        <source>An S3 folder is written s3+https://KEYID@server/bucket/folder.</source>
        <translation>Una carpeta S3 se escribe s3+https://KEYID@server/bucket/folder.</translation>
    </message>
    <message>
        <source>“{0}” is not an S3 folder: write s3+https://KEYID@server/bucket/folder (the secret key is asked for, never written in the address).</source>
        <translation>«{0}» no es una carpeta S3: escribe s3+https://KEYID@server/bucket/folder (la clave secreta se pide, nunca se escribe en la dirección).</translation>
    </message>
    <message>
        <source>Name the S3 server: s3+https://KEYID@server/bucket/folder.</source>
        <translation>Indica el servidor S3: s3+https://KEYID@server/bucket/folder.</translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>El puerto no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>“{0}” is not a bucket name (3-63 lower-case letters, digits, “.”, “-”).</source>
        <translation>«{0}» no es un nombre de bucket (3-63 minúsculas, dígitos, «.», «-»).</translation>
    </message>
    <message>
        <source>The folder inside the bucket may not contain empty parts, “.” or “..”.</source>
        <translation>La carpeta dentro del bucket no puede contener partes vacías, «.» ni «..».</translation>
    </message>
    <message>
        <source>“{0}” is not a file name in the backups folder.</source>
        <translation>«{0}» no es un nombre de fichero de la carpeta de copias.</translation>
    </message>
    <message>
        <source>{0} refused the key for bucket {1}: check the key id and secret key.</source>
        <translation>{0} rechazó la clave para el bucket {1}: comprueba el id de clave y la clave secreta.</translation>
    </message>
    <message>
        <source>There is no bucket “{0}” on {1}.</source>
        <translation>No hay ningún bucket «{0}» en {1}.</translation>
    </message>
    <message>
        <source>{0} cannot be used: {1}</source>
        <translation>No se puede usar {0}: {1}</translation>
    </message>
    <message>
        <source>S3 folders need the boto3 package: pip install &apos;volgui[s3]&apos;.</source>
        <translation>Las carpetas S3 necesitan el paquete boto3: pip install &apos;volgui[s3]&apos;.</translation>
    </message>
    <message>
        <source>The secret key of {0} for {1} is needed.</source>
        <translation>Hace falta la clave secreta de {0} para {1}.</translation>
    </message>
    <message>
        <source>{0} in bucket {1} is larger than {2} MB.</source>
        <translation>{0} del bucket {1} ocupa más de {2} MB.</translation>
    </message>
    <message>
        <source>An SFTP folder is written sftp://user@host/path/to/folder.</source>
        <translation>Una carpeta SFTP se escribe sftp://user@host/path/to/folder.</translation>
    </message>
    <message>
        <source>“{0}” is not an SFTP folder: write sftp://user@host/path/to/folder.</source>
        <translation>«{0}» no es una carpeta SFTP: escribe sftp://user@host/path/to/folder.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: volgui asks for it and keeps it in the desktop keyring.</source>
        <translation>No pongas la contraseña en la dirección: volgui la pide y la guarda en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>An SFTP folder&apos;s address has no “?” or “#” part.</source>
        <translation>La dirección de una carpeta SFTP no tiene parte «?» ni «#».</translation>
    </message>
    <message>
        <source>The port in “{0}” is not a number from 1 to 65535.</source>
        <translation>El puerto de «{0}» no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Name the user: sftp://user@host/path (letters, digits, “.”, “_”, “-”).</source>
        <translation>Indica el usuario: sftp://user@host/path (letras, dígitos, «.», «_», «-»).</translation>
    </message>
    <message>
        <source>“{0}” is not a host name or address.</source>
        <translation>«{0}» no es un nombre de host ni una dirección.</translation>
    </message>
    <message>
        <source>Give the folder as an absolute path without “..”: sftp://user@host/srv/backups.</source>
        <translation>Indica la carpeta como ruta absoluta sin «..»: sftp://user@host/srv/backups.</translation>
    </message>
    <message>
        <source>The SSH host key of {0} has CHANGED since it was saved in known_hosts: someone may be pretending to be the server. Check with its administrator; volgui sent nothing.</source>
        <translation>La clave de host SSH de {0} ha CAMBIADO desde que se guardó en known_hosts: alguien puede estar haciéndose pasar por el servidor. Consulta a su administrador; volgui no envió nada.</translation>
    </message>
    <message>
        <source>The SSH host key of {0} is not known: connect once with `{1}` to check and accept it, then retry.</source>
        <translation>No se conoce la clave de host SSH de {0}: conéctate una vez con `{1}` para comprobarla y aceptarla, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{0} refused the login: check the user, key or password.</source>
        <translation>{0} rechazó el inicio de sesión: comprueba el usuario, la clave o la contraseña.</translation>
    </message>
    <message>
        <source>{0} refused the connection: is an SSH server running there?</source>
        <translation>{0} rechazó la conexión: ¿hay un servidor SSH en marcha allí?</translation>
    </message>
    <message>
        <source>{0} did not answer in time.</source>
        <translation>{0} no respondió a tiempo.</translation>
    </message>
    <message>
        <source>{0} cannot be reached: {1}</source>
        <translation>{0} no es accesible: {1}</translation>
    </message>
    <message>
        <source>{0} asks for a password.</source>
        <translation>{0} pide una contraseña.</translation>
    </message>
    <message>
        <source>The folder {0} on {1} cannot be opened: {2}</source>
        <translation>La carpeta {0} de {1} no se puede abrir: {2}</translation>
    </message>
    <message>
        <source>{0} on {1} is larger than {2} MB.</source>
        <translation>{0} en {1} ocupa más de {2} MB.</translation>
    </message>
    <message>
        <source>Read back whole from the written file: {0}, every file&apos;s sha256 recorded (not restored).</source>
        <translation>Releído entero del fichero escrito: {0}, con el sha256 de cada fichero registrado (sin restaurar).</translation>
    </message>
    <message>
        <source>Snapshot of {0} ({1}/{2})…</source>
        <translation>Instantánea de {0} ({1}/{2})…</translation>
    </message>
    <message>
        <source>The snapshot failed, so nothing was changed: {0}</source>
        <translation>La instantánea falló, así que no se cambió nada: {0}</translation>
    </message>
    <message>
        <source>The snapshot&apos;s archive cannot be read: {0}</source>
        <translation>El archivo de la instantánea no se puede leer: {0}</translation>
    </message>
    <message>
        <source>{0} does not have the checksum its manifest records: it was changed or damaged, so it is not restored.</source>
        <translation>{0} no tiene la suma de comprobación que registra su manifiesto: se cambió o dañó, así que no se restaura.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s archive {0} is missing.</source>
        <translation>Falta el archivo {0} de la instantánea.</translation>
    </message>
    <message>
        <source>Safety snapshot of {0}…</source>
        <translation>Instantánea de seguridad de {0}…</translation>
    </message>
    <message>
        <source>before rolling back to {0}</source>
        <translation>antes de revertir a {0}</translation>
    </message>
    <message>
        <source>{0} The safety snapshot {1} was kept.</source>
        <translation>{0} Se conservó la instantánea de seguridad {1}.</translation>
    </message>
    <message>
        <source>Emptying {0}…</source>
        <translation>Vaciando {0}…</translation>
    </message>
    <message>
        <source>Restoring what changed in {0}: {1}…</source>
        <translation>Restaurando lo que cambió en {0}: {1}…</translation>
    </message>
    <message>
        <source>Reading from the volume</source>
        <translation>Leer del volumen</translation>
    </message>
    <message>
        <source>{0} failed: the engine did not accept the archive.</source>
        <translation>{0} falló: el motor no aceptó el archivo.</translation>
    </message>
    <message>
        <source>The archive has a header of {0} bytes (a pax or long-name header; at most {1} are accepted). It is damaged or was made to exhaust memory, so it was refused.</source>
        <translation>El archivo tiene una cabecera de {0} bytes (una cabecera pax o de nombre largo; se aceptan como mucho {1}). Está dañado o se hizo para agotar la memoria, así que se rechazó.</translation>
    </message>
    <message>
        <source>The archive has a malformed pax header, so it was refused.</source>
        <translation>El archivo tiene una cabecera pax mal formada, así que se rechazó.</translation>
    </message>
    <message>
        <source>The archive&apos;s pax field “{0}” is not a number, so it was refused.</source>
        <translation>El campo pax «{0}» del archivo no es un número, así que se rechazó.</translation>
    </message>
    <message>
        <source>The archive&apos;s pax field “{0}” is out of range, so it was refused.</source>
        <translation>El campo pax «{0}» del archivo está fuera de rango, así que se rechazó.</translation>
    </message>
    <message>
        <source>{0} is not an ELF program.</source>
        <translation>{0} no es un programa ELF.</translation>
    </message>
    <message>
        <source>{0} has an ELF header volgui does not understand.</source>
        <translation>{0} tiene una cabecera ELF que volgui no entiende.</translation>
    </message>
    <message>
        <source>{0} has a truncated ELF header.</source>
        <translation>{0} tiene una cabecera ELF truncada.</translation>
    </message>
    <message>
        <source>{0} is not an executable program (ELF type {1}).</source>
        <translation>{0} no es un programa ejecutable (tipo ELF {1}).</translation>
    </message>
    <message>
        <source>ELF machine {0}</source>
        <translation>máquina ELF {0}</translation>
    </message>
    <message>
        <source>{0} is built for {1} but the engine runs {2}: it would not start there.</source>
        <translation>{0} está compilado para {1} pero el motor usa {2}: no arrancaría allí.</translation>
    </message>
    <message>
        <source>an unknown CPU</source>
        <translation>una CPU desconocida</translation>
    </message>
    <message>
        <source>{0} has program headers volgui does not understand.</source>
        <translation>{0} tiene cabeceras de programa que volgui no entiende.</translation>
    </message>
    <message>
        <source>{0} has program headers past the part volgui reads.</source>
        <translation>{0} tiene cabeceras de programa más allá de la parte que volgui lee.</translation>
    </message>
    <message>
        <source>{0} is dynamically linked (it needs a loader and libraries): it would not start in an image that holds nothing else. A static busybox (e.g. the busybox-static package) is needed.</source>
        <translation>{0} está enlazado dinámicamente (necesita un cargador y bibliotecas): no arrancaría en una imagen que no contiene nada más. Hace falta un busybox estático (por ejemplo el paquete busybox-static).</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a regular file.</source>
        <translation>{0} no es un fichero normal.</translation>
    </message>
    <message>
        <source>{0} is {1} bytes: too big for a busybox.</source>
        <translation>{0} ocupa {1} bytes: demasiado para un busybox.</translation>
    </message>
    <message>
        <source>{0} has no {1} applet.</source>
        <translation>{0} no tiene el applet {1}.</translation>
    </message>
    <message>
        <source>This machine has no busybox (e.g. the busybox-static package).</source>
        <translation>Este equipo no tiene busybox (por ejemplo el paquete busybox-static).</translation>
    </message>
    <message>
        <source>Looking for volgui&apos;s tools image</source>
        <translation>Buscar la imagen de herramientas de volgui</translation>
    </message>
    <message>
        <source>volgui cannot make its tools image: {0}</source>
        <translation>volgui no puede crear su imagen de herramientas: {0}</translation>
    </message>
    <message>
        <source>Making volgui&apos;s tools image</source>
        <translation>Crear la imagen de herramientas de volgui</translation>
    </message>
    <message>
        <source>{0} is a folder: choose a file name for the backup.</source>
        <translation>{0} es una carpeta: elige un nombre de fichero para la copia.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>Exportar {0}</translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists.</source>
        <translation>Ya existe un volumen llamado «{0}».</translation>
    </message>
    <message>
        <source>Creating volume {0}</source>
        <translation>Crear el volumen {0}</translation>
    </message>
    <message>
        <source>Restoring folder times in {0}</source>
        <translation>Restaurar las horas de las carpetas en {0}</translation>
    </message>
    <message>
        <source>{0} is not a valid gzip file: {1}</source>
        <translation>{0} no es un fichero gzip válido: {1}</translation>
    </message>
    <message>
        <source>Restoring into {0}</source>
        <translation>Restaurar en {0}</translation>
    </message>
    <message>
        <source>Cloning {0}</source>
        <translation>Clonar {0}</translation>
    </message>
    <message>
        <source>Listing users of {0}</source>
        <translation>Listar los usuarios de {0}</translation>
    </message>
    <message>
        <source>Stopping a container</source>
        <translation>Detener un contenedor</translation>
    </message>
    <message>
        <source>Starting a container</source>
        <translation>Iniciar un contenedor</translation>
    </message>
    <message>
        <source>Some containers did not start again: {0}</source>
        <translation>Algunos contenedores no volvieron a arrancar: {0}</translation>
    </message>
    <message>
        <source>Older backups could not be removed: {0}</source>
        <translation>No se pudieron eliminar las copias antiguas: {0}</translation>
    </message>
    <message>
        <source>Nothing changed in {0} since its last backup ({1}): skipped.</source>
        <translation>Nada cambió en {0} desde su última copia ({1}): omitido.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln volgui backup(s) in {0}.</source>
        <translation>
            <numerusform>Conectado: %Ln copia de volgui en {0}.</numerusform>
            <numerusform>Conectado: %Ln copias de volgui en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>before putting back an interrupted roll back</source>
        <translation>antes de devolver lo que dejó una reversión interrumpida</translation>
    </message>
    <message>
        <source>Putting back the entries of {0}…</source>
        <translation>Devolviendo las entradas de {0}…</translation>
    </message>
    <message>
        <source>before a lesson&apos;s clean-up removed it</source>
        <translation>antes de que la limpieza de una lección lo eliminara</translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation>Listar imágenes</translation>
    </message>
    <message>
        <source>The engine is not on this machine: the fast way is for local engines only.</source>
        <translation>El motor no está en este equipo: la vía rápida es solo para motores locales.</translation>
    </message>
    <message>
        <source>The engine is not on this machine: volgui makes its tools image for local engines only.</source>
        <translation>El motor no está en este equipo: volgui crea su imagen de herramientas solo para motores locales.</translation>
    </message>
    <message>
        <source>before restoring {0} over it</source>
        <translation>antes de restaurar {0} encima</translation>
    </message>
    <message>
        <source>The roll back of {0} stopped half way and its entries could not be put back: they are in the folder {1} inside the volume.</source>
        <translation>La reversión de {0} se detuvo a medias y sus entradas no se pudieron devolver a su sitio: están en la carpeta {1} dentro del volumen.</translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation>Listar los contenedores</translation>
    </message>
    <message>
        <source>{0} is not a folder a roll back left aside.</source>
        <translation>{0} no es una carpeta que una reversión haya dejado aparte.</translation>
    </message>
    <message>
        <source>A roll back of {0} is running: try again when it has ended.</source>
        <translation>Se está revirtiendo {0}: inténtalo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Putting the entries back needs an image with a shell: choose one with &quot;Tools image for fast backups…&quot;.</source>
        <translation>Para devolver las entradas hace falta una imagen con shell: elige una con «Imagen de herramientas para copias rápidas…».</translation>
    </message>
    <message>
        <source>Putting back the entries of {0}</source>
        <translation>Devolver las entradas de {0}</translation>
    </message>
    <message>
        <source>The folder {0} is not in {1} (any more).</source>
        <translation>La carpeta {0} ya no está en {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: these names are both in the folder {0} and beside it in {1} (%Ln in all): {2}. Move or rename them, then put back again.</source>
        <translation>
            <numerusform>No se cambió nada: este nombre está tanto en la carpeta {0} como a su lado en {1} (%Ln en total): {2}. Muévelo o cámbiale el nombre y vuelve a devolver.</numerusform>
            <numerusform>No se cambió nada: estos nombres están tanto en la carpeta {0} como a su lado en {1} (%Ln en total): {2}. Muévelos o cámbiales el nombre y vuelve a devolver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting back the entries of {0} from the folder {1} stopped half way (exit code {2}): put back again.</source>
        <translation>La devolución de las entradas de {0} desde la carpeta {1} se detuvo a medias (código de salida {2}): vuelve a devolver.</translation>
    </message>
</context>
<context>
    <name>VolumeHistoryDialog</name>
    <message>
        <source>History of volume {0}</source>
        <translation>Historial del volumen {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Containers that used the volume</source>
        <translation>Contenedores que usaron el volumen</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Montado en</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>Volume “{0}”: {1}.</source>
        <translation>Volumen «{0}»: {1}.</translation>
    </message>
    <message>
        <source>No container has been seen using “{0}” while volgui was running.</source>
        <translation>No se ha visto ningún contenedor que use «{0}» mientras volgui estaba abierto.</translation>
    </message>
</context>
<context>
    <name>VolumeInstanceModel</name>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>aún no creado</translation>
    </message>
    <message>
        <source>other node</source>
        <translation>otro nodo</translation>
    </message>
</context>
<context>
    <name>VolumeInstancesView</name>
    <message>
        <source>Volumes per node</source>
        <translation>Volúmenes por nodo</translation>
    </message>
    <message>
        <source>Select a service that mounts volumes</source>
        <translation>Selecciona un servicio que monte volúmenes</translation>
    </message>
    <message>
        <source>A local volume exists on each node apart: which nodes hold a copy shows here.</source>
        <translation>Un volumen local existe en cada nodo por separado: aquí se ve qué nodos tienen una copia.</translation>
    </message>
</context>
<context>
    <name>VolumeRow</name>
    <message>
        <source>volume name or /host/folder</source>
        <translation>nombre de volumen o /carpeta/del/anfitrión</translation>
    </message>
    <message>
        <source>A volume name (a new one is created), an absolute folder on the engine&apos;s machine (bind mount), or “{0}” from the list</source>
        <translation>Un nombre de volumen (se crea uno nuevo), una carpeta absoluta en el equipo del motor (montaje bind) o «{0}» de la lista</translation>
    </message>
    <message>
        <source>Volume or host folder</source>
        <translation>Volumen o carpeta del anfitrión</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Ruta en el contenedor</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The volume to mount, or a folder on the engine&apos;s machine</source>
        <translation>El volumen que se monta, o una carpeta en la máquina del motor</translation>
    </message>
    <message>
        <source>Remove this volume from the list</source>
        <translation>Quitar este volumen de la lista</translation>
    </message>
    <message>
        <source>The volume for {0} has no name: choose a volume or type a name for a new one (or pick “{1}” in the list if you really want data without a name).</source>
        <translation>El volumen para {0} no tiene nombre: elige un volumen o escribe un nombre para uno nuevo (o elige «{1}» en la lista si de verdad quieres datos sin nombre).</translation>
    </message>
    <message>
        <source>this row</source>
        <translation>esta fila</translation>
    </message>
</context>
<context>
    <name>VolumeSummaryView</name>
    <message>
        <source>Driver</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>Punto de montaje</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Measure size</source>
        <translation>Medir tamaño</translation>
    </message>
    <message>
        <source>Ask the engine for disk usage (docker system df -v). It walks every volume&apos;s files, which can take a while on big hosts.</source>
        <translation>Preguntar al motor por el uso de disco (docker system df -v). Recorre los archivos de cada volumen, lo que puede tardar en anfitriones grandes.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Click to select {0} in the containers view</source>
        <translation>Haz clic para seleccionar {0} en la vista de contenedores</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Montado en</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>No container uses this volume</source>
        <translation>Ningún contenedor usa este volumen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>Opciones del controlador</translation>
    </message>
    <message>
        <source>yes — created for a container without a name</source>
        <translation>sí: creado para un contenedor sin nombre</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>{0}, measured {1}</source>
        <translation>{0}, medido {1}</translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Montado en</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>{0} (anonymous)</source>
        <translation>{0} (anónimo)</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>ungrouped</source>
        <translation>sin agrupar</translation>
    </message>
    <message>
        <source>Anonymous volume: Docker named it when a container (or its image) asked for a volume without a name.</source>
        <translation>Volumen anónimo: Docker le puso nombre cuando un contenedor (o su imagen) pidió un volumen sin nombre.</translation>
    </message>
    <message>
        <source>On the host: {0}</source>
        <translation>En el anfitrión: {0}</translation>
    </message>
    <message>
        <source>No container uses this volume (prune would delete it).</source>
        <translation>Ningún contenedor usa este volumen (depurar lo borraría).</translation>
    </message>
    <message>
        <source>{0} at {1}{2}{3}</source>
        <translation>{0} en {1}{2}{3}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source> — running</source>
        <translation> — en ejecución</translation>
    </message>
    <message>
        <source>Measured at {0}</source>
        <translation>Medido a las {0}</translation>
    </message>
    <message>
        <source>Sizes are measured on demand (Compute sizes): it reads every file.</source>
        <translation>Los tamaños se miden a petición (Calcular tamaños): se lee cada archivo.</translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>{0} (running)</source>
        <translation>{0} (en ejecución)</translation>
    </message>
    <message>
        <source>“{0}” is in use by {1} — remove those containers first.</source>
        <translation>«{0}» lo usa {1} — elimina antes esos contenedores.</translation>
    </message>
    <message>
        <source>A volume named “{0}” already exists: choose another name (Docker would quietly reuse the existing one).</source>
        <translation>Ya existe un volumen llamado «{0}»: elige otro nombre (Docker reutilizaría el existente sin avisar).</translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <source>Compute sizes</source>
        <translation>Calcular tamaños</translation>
    </message>
    <message>
        <source>Measure every volume (docker system df -v). It reads all files, so it can take a while on big volumes.</source>
        <translation>Medir cada volumen (docker system df -v). Lee todos los archivos, así que puede tardar con volúmenes grandes.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volúmenes</translation>
    </message>
    <message>
        <source>Filter volumes: name, container, label…</source>
        <translation>Filtrar volúmenes: nombre, contenedor, etiqueta…</translation>
    </message>
    <message>
        <source>Only volumes of the selected containers</source>
        <translation>Solo volúmenes de los contenedores seleccionados</translation>
    </message>
    <message>
        <source>Show only the volumes mounted by the containers selected on the left</source>
        <translation>Mostrar solo los volúmenes montados por los contenedores seleccionados a la izquierda</translation>
    </message>
    <message>
        <source>The selected container mounts no volume</source>
        <translation>El contenedor seleccionado no monta ningún volumen</translation>
    </message>
    <message>
        <source>No volumes yet — create one</source>
        <translation>Aún no hay volúmenes: crea uno</translation>
    </message>
    <message>
        <source>A volume keeps data apart from any container: it survives when a container is removed and can be shared between containers.</source>
        <translation>Un volumen guarda datos aparte de cualquier contenedor: sobrevive cuando se elimina un contenedor y se puede compartir entre contenedores.</translation>
    </message>
    <message>
        <source>Create volume…</source>
        <translation>Crear volumen…</translation>
    </message>
</context>
<context>
    <name>_FolderRow</name>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Back up first, into the Backups tab&apos;s folder</source>
        <translation>Hacer copia primero, en la carpeta de la pestaña Copias</translation>
    </message>
    <message>
        <source>Into {0}. Each volume is saved to a verified-ready archive before it is deleted; if a backup fails, nothing is deleted.</source>
        <translation>En {0}. Cada volumen se guarda en un archivo verificado antes de borrarlo; si una copia falla, no se borra nada.</translation>
    </message>
    <message>
        <source>Take a snapshot first, so this can be undone</source>
        <translation>Tomar primero una instantánea, para poder deshacerlo</translation>
    </message>
    <message>
        <source>volgui keeps a verified copy of {0} in its snapshots; roll back to it from the volume&apos;s “Snapshots and roll back…”. If the snapshot fails, nothing is changed.</source>
        <translation>volgui guarda una copia verificada de {0} en sus instantáneas; puedes volver a ella desde «Instantáneas y reversión…» del volumen. Si la instantánea falla, no se cambia nada.</translation>
    </message>
    <message>
        <source>each volume</source>
        <translation>cada volumen</translation>
    </message>
</context>
<context>
    <name>ctx.window</name>
    <message>
        <source>Backups</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Back up volumes into a folder, verify and restore the backups</source>
        <translation>Copiar volúmenes en una carpeta, verificar y restaurar las copias</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Everything the engine says about the selected object</source>
        <translation>Todo lo que dice el motor del objeto seleccionado</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Lessons that walk through Docker step by step, and a glossary</source>
        <translation>Lecciones que recorren Docker paso a paso, y un glosario</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Backups folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <source>The folder on this computer that receives one backup file per volume</source>
        <translation>La carpeta de este equipo que recibe un archivo de copia por volumen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <source>Backups folder</source>
        <translation>Carpeta de copias</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>What volgui asked the engine, with the result and the docker command</source>
        <translation>Lo que volgui pidió al motor, con el resultado y el comando docker</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About volgui</source>
        <translation>&amp;Acerca de volgui</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Short guided lessons in the Learn tab</source>
        <translation>Lecciones guiadas breves en la pestaña Aprender</translation>
    </message>
    <message>
        <source>Docker &amp;glossary</source>
        <translation>&amp;Glosario de Docker</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Documentation (online)</source>
        <translation>&amp;Documentación (en línea)</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Motores</translation>
    </message>
    <message>
        <source>Volume history…</source>
        <translation>Historial del volumen…</translation>
    </message>
    <message>
        <source>Which containers used this volume, where and when</source>
        <translation>Qué contenedores usaron este volumen, dónde y cuándo</translation>
    </message>
    <message>
        <source>Show docker commands</source>
        <translation>Mostrar comandos docker</translation>
    </message>
    <message>
        <source>Show the equivalent docker command in every action&apos;s dialog</source>
        <translation>Mostrar el comando docker equivalente en el diálogo de cada acción</translation>
    </message>
</context>
</TS>
