<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AnnouncementBanner</name>
        <message>
            <source>Urgent guideline update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>URGENT GUIDELINE UPDATE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have read this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge the guideline update</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Policy %1 · acknowledge before your next decision · %n more after this one</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Policy %1 · acknowledge before your next decision</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Seeding the demo service with cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <source>Seeding the demo service failed (exit %1).
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo service stopped at start (exit %1).
%2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</source>
            <extracomment>set by tests and the benchmark: print timing marks to stdout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The local work store cannot be opened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are signed out.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Enter the address of the case service, for example https://review.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a web address. It should look like https://review.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is too old for the case service; version %1 or newer is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service cannot be reached. Your work is kept and will sync later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the case service failed (certificate or TLS problem).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The service address must use https:// (plain http is allowed only locally).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name or password is not correct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service does not know this item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed this first (for example the lease was lost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service asks us to slow down; sync will retry shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service had a problem; sync will retry shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service sent an answer this client cannot use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is too old for the case service. Please update it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service refused the request as invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service answered with an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name or password is not correct. Check both and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the case service. Check the address and this computer's network connection, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account may not use the review desk. Ask your team lead for access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in failed unexpectedly (%1). Please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>%1k</source>
            <comment>thousands, short</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1M</source>
            <comment>millions, short</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds, short</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>hours and minutes, short</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>a duration in days</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyButton</name>
        <message>
            <source>Key for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Space or click, then press the new key (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press a key…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyRefusal</name>
        <message>
            <source>%1 has no key of its own (undo records it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: “%2” is not a single key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is kept for %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 picks the policy area %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an action of policy %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <source>holding to reveal a blurred snapshot</source>
            <extracomment>keys the review screen uses for something else, and what (marked: the client shows them in the person's language with ``translate("Keymap", value)``)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipping a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the shortcut sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>searching the chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the previous snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the next snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moving in lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a chat author's history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leaving a field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moving the focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pressing the focused button</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</source>
            <extracomment>how often the taxonomy (and its announcements) is fetched again how long sign-out lets the sync thread finish its last upload and releases; past it the thread is given up, the crash marker stays and the decisions wait on this machine note the moderator's activity for lease renewal at most this often</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the list of queues (pauses review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause (%1): stop the handle-time clock and give back undecided cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release unfinished cases, remove cached case content and forget the sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a person's name and role</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resumed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Paused. %n undecided case(s) went back to the queue; the handle-time clock is stopped.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) came back with a problem: see Sync problems.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your session ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are signed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still signing out. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing out: removing cached case content…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing out: ending your session with the service…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict: someone else decided this case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: decision id reused (client problem, please report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected by the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync problems · Live Review Desk</source>
            <extracomment>the ids of the held decisions to put back in the outbox</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems: every decision was accepted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sending again…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Hello, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start reviewing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No queue is open to you right now. Ask your team lead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevealLevels</name>
        <message>
            <source>Blurred (hold shows grey)</source>
            <extracomment>most protective first; the index is the strictness order marked for translation: the client shows them with translate_marked("RevealLevels", …)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blurred, hold to reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grayscale, hold for colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Paused. Your undecided cases went back to the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting the next cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a queue to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat log could not be read from the cache.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cases are waiting in this queue right now; checking again shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read and acknowledge the urgent guideline update above before deciding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 recorded · %2 undoes it for %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to undo: a decision can be undone for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1 was retracted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case on screen to skip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped (%1). The case went back to the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guideline update acknowledged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged. One more update to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review is paused. Press Resume to continue.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Last sync: not yet</source>
            <extracomment>show the lease countdown as a warning below this many seconds</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last sync: %Ln s ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <extracomment>the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cases leased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disk space</source>
            <extracomment>shown only while the data folder's disk is almost full</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>⚠ %Ln sync problem(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting to sync</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Disk full: cases cannot be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disk almost full: %1 MB free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free some space: a decision that cannot be saved is refused, not lost.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sync stopped: restarting in %Ln s</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Client too old: update needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out by the service</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>● Online: %Ln decision(s) being retried alone</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>● Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Offline: work is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · clock off by %2</source>
            <comment>the last sync, then the clock skew</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lease ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lease %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings · Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the service's keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive media (staged reveal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reveal level for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team default: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reveal level for sensitive media without an area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks, lock and look</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break reminder after minutes of sensitive media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <comment>a spin box's unit, after the number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after minutes without activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Break reminder after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock when &amp;idle for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language applies from your next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed. %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings were not saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>(needs a policy area and a note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(needs a policy area)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(needs a note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions (one key records the decision and shows the next case):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy areas (pick before the action):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys do nothing while you type in a text field; Esc leaves the field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts · Live Review Desk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last decision (within the undo window)</source>
            <extracomment>a key in portable text ("Ctrl+Return"), or a platform's standard key (Find) ``install`` context of a key that acts only while its widget has the focus</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the case (asks for a reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold to see a blurred snapshot clearly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings: keys, sensitive media, breaks, lock, theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the chat</source>
            <extracomment>the chat pane</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit the calibration session</source>
            <extracomment>Return, and Enter on the keypad</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in · Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo: a case service with seeded cases runs on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to review Live cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://review.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case service address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SigningOutPage</name>
        <message>
            <source>Signing out: releasing cases…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Signing out: sending %n decision(s), releasing cases…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>The case service did not answer in time: %n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkipReasonDialog</name>
        <message>
            <source>Skip this case</source>
            <extracomment>cases whose detail and chat are made ready ahead of the one on screen</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why are you skipping this case? It goes back to the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press a number, or pick a reason and press Enter. Esc cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncThread</name>
        <message numerus="yes">
            <source>Sync stopped after %n error(s) in 10 minutes (run “reviewer doctor” for details).</source>
            <extracomment>never sleep longer than this between rounds (status bar freshness, lease countdown) store state key: releases (skips) asked for and not yet done on the service threads given up at sign-out, kept alive (not owned by any window) until they end at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts the process; its store writes are transactions either way) the engine failed and restarts in this many seconds (the status bar counts down)</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
