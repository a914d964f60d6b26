<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AnnouncementBanner</name>
        <message>
            <source>Urgent guideline update</source>
            <translation>Urgent guideline update</translation>
        </message>
        <message>
            <source>URGENT GUIDELINE UPDATE</source>
            <translation>URGENT GUIDELINE UPDATE</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>I have read this</translation>
        </message>
        <message>
            <source>Acknowledge the guideline update</source>
            <translation>Acknowledge the guideline update</translation>
        </message>
        <message numerus="yes">
            <source>Policy %1 · acknowledge before your next decision · %n more after this one</source>
            <translation>
                <numerusform>Policy %1 · acknowledge before your next decision · %n more after this one</numerusform>
                <numerusform>Policy %1 · acknowledge before your next decision · %n more after this one</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy %1 · acknowledge before your next decision</source>
            <translation>Policy %1 · acknowledge before your next decision</translation>
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Seeding the demo service with cases…</source>
            <translation>Seeding the demo service with cases…</translation>
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation>Starting the demo service…</translation>
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <source>Seeding the demo service failed (exit %1).
%2</source>
            <translation>Seeding the demo service failed (exit %1).
%2</translation>
        </message>
        <message>
            <source>The demo service stopped at start (exit %1).
%2</source>
            <translation>The demo service stopped at start (exit %1).
%2</translation>
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</source>
            <extracomment>set by tests and the benchmark: print timing marks to stdout</extracomment>
            <translation>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</translation>
        </message>
        <message>
            <source>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</source>
            <translation>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</translation>
        </message>
        <message>
            <source>The local work store cannot be opened: %1</source>
            <translation>The local work store cannot be opened: %1</translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>You are signed out.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Enter the address of the case service, for example https://review.example.com.</source>
            <translation>Enter the address of the case service, for example https://review.example.com.</translation>
        </message>
        <message>
            <source>“%1” is not a web address. It should look like https://review.example.com.</source>
            <translation>“%1” is not a web address. It should look like https://review.example.com.</translation>
        </message>
        <message>
            <source>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</source>
            <translation>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</translation>
        </message>
        <message>
            <source>This client is too old for the case service; version %1 or newer is needed.</source>
            <translation>This client is too old for the case service; version %1 or newer is needed.</translation>
        </message>
        <message>
            <source>The case service cannot be reached. Your work is kept and will sync later.</source>
            <translation>The case service cannot be reached. Your work is kept and will sync later.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed (certificate or TLS problem).</source>
            <translation>The secure connection to the case service failed (certificate or TLS problem).</translation>
        </message>
        <message>
            <source>The service address must use https:// (plain http is allowed only locally).</source>
            <translation>The service address must use https:// (plain http is allowed only locally).</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Your session has ended. Please sign in again.</translation>
        </message>
        <message>
            <source>The user name or password is not correct.</source>
            <translation>The user name or password is not correct.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>Your account is not allowed to do this.</translation>
        </message>
        <message>
            <source>The case service does not know this item.</source>
            <translation>The case service does not know this item.</translation>
        </message>
        <message>
            <source>Someone else changed this first (for example the lease was lost).</source>
            <translation>Someone else changed this first (for example the lease was lost).</translation>
        </message>
        <message>
            <source>The case service asks us to slow down; sync will retry shortly.</source>
            <translation>The case service asks us to slow down; sync will retry shortly.</translation>
        </message>
        <message>
            <source>The case service had a problem; sync will retry shortly.</source>
            <translation>The case service had a problem; sync will retry shortly.</translation>
        </message>
        <message>
            <source>The case service sent an answer this client cannot use.</source>
            <translation>The case service sent an answer this client cannot use.</translation>
        </message>
        <message>
            <source>This client is too old for the case service. Please update it.</source>
            <translation>This client is too old for the case service. Please update it.</translation>
        </message>
        <message>
            <source>The case service refused the request as invalid.</source>
            <translation>The case service refused the request as invalid.</translation>
        </message>
        <message>
            <source>The case service answered with an error.</source>
            <translation>The case service answered with an error.</translation>
        </message>
        <message>
            <source>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</source>
            <translation>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</translation>
        </message>
        <message>
            <source>The user name or password is not correct. Check both and try again.</source>
            <translation>The user name or password is not correct. Check both and try again.</translation>
        </message>
        <message>
            <source>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</translation>
        </message>
        <message>
            <source>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</source>
            <translation>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</translation>
        </message>
        <message>
            <source>Cannot reach the case service. Check the address and this computer's network connection, then try again.</source>
            <translation>Cannot reach the case service. Check the address and this computer's network connection, then try again.</translation>
        </message>
        <message>
            <source>This account may not use the review desk. Ask your team lead for access.</source>
            <translation>This account may not use the review desk. Ask your team lead for access.</translation>
        </message>
        <message>
            <source>Sign-in failed unexpectedly (%1). Please try again.</source>
            <translation>Sign-in failed unexpectedly (%1). Please try again.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>%1k</source>
            <comment>thousands, short</comment>
            <translation>%1k</translation>
        </message>
        <message>
            <source>%1M</source>
            <comment>millions, short</comment>
            <translation>%1M</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%Ln s</numerusform>
                <numerusform>%Ln s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>hours and minutes, short</comment>
            <translation>%1 h %2 min</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>a duration in days</comment>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>KeyButton</name>
        <message>
            <source>Key for %1</source>
            <translation>Key for %1</translation>
        </message>
        <message>
            <source>Press Space or click, then press the new key (Esc cancels)</source>
            <translation>Press Space or click, then press the new key (Esc cancels)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: no key</source>
            <translation>%1: no key</translation>
        </message>
        <message>
            <source>Press a key…</source>
            <translation>Press a key…</translation>
        </message>
    </context>
    <context>
        <name>KeyRefusal</name>
        <message>
            <source>%1 has no key of its own (undo records it)</source>
            <translation>%1 has no key of its own (undo records it)</translation>
        </message>
        <message>
            <source>%1: “%2” is not a single key</source>
            <translation>%1: “%2” is not a single key</translation>
        </message>
        <message>
            <source>%1: %2 is kept for %3</source>
            <translation>%1: %2 is kept for %3</translation>
        </message>
        <message>
            <source>%1: %2 picks the policy area %3</source>
            <translation>%1: %2 picks the policy area %3</translation>
        </message>
        <message>
            <source>“%1” is not an action of policy %2</source>
            <translation>“%1” is not an action of policy %2</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1: %2 is already %3</translation>
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <source>holding to reveal a blurred snapshot</source>
            <extracomment>keys the review screen uses for something else, and what (marked: the client shows them in the person's language with ``translate("Keymap", value)``)</extracomment>
            <translation>holding to reveal a blurred snapshot</translation>
        </message>
        <message>
            <source>skipping a case</source>
            <translation>skipping a case</translation>
        </message>
        <message>
            <source>the shortcut sheet</source>
            <translation>the shortcut sheet</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>pause</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>settings</translation>
        </message>
        <message>
            <source>searching the chat</source>
            <translation>searching the chat</translation>
        </message>
        <message>
            <source>the previous snapshot</source>
            <translation>the previous snapshot</translation>
        </message>
        <message>
            <source>the next snapshot</source>
            <translation>the next snapshot</translation>
        </message>
        <message>
            <source>moving in lists</source>
            <translation>moving in lists</translation>
        </message>
        <message>
            <source>a chat author's history</source>
            <translation>a chat author's history</translation>
        </message>
        <message>
            <source>leaving a field</source>
            <translation>leaving a field</translation>
        </message>
        <message>
            <source>moving the focus</source>
            <translation>moving the focus</translation>
        </message>
        <message>
            <source>pressing the focused button</source>
            <translation>pressing the focused button</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</source>
            <extracomment>how often the taxonomy (and its announcements) is fetched again how long sign-out lets the sync thread finish its last upload and releases; past it the thread is given up, the crash marker stays and the decisions wait on this machine note the moderator's activity for lease renewal at most this often</extracomment>
            <translation>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</source>
            <translation>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo</source>
            <translation>Live Review Desk — %1 (%2) · %3 · demo</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3</source>
            <translation>Live Review Desk — %1 (%2) · %3</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Queues</translation>
        </message>
        <message>
            <source>Back to the list of queues (pauses review)</source>
            <translation>Back to the list of queues (pauses review)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause (%1): stop the handle-time clock and give back undecided cases</source>
            <translation>Pause (%1): stop the handle-time clock and give back undecided cases</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>Sync problems</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Release unfinished cases, remove cached case content and forget the sign-in</source>
            <translation>Release unfinished cases, remove cached case content and forget the sign-in</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a person's name and role</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</source>
            <translation>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</translation>
        </message>
        <message>
            <source>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</source>
            <translation>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Resumed.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message numerus="yes">
            <source>Paused. %n undecided case(s) went back to the queue; the handle-time clock is stopped.</source>
            <translation>
                <numerusform>Paused. %n undecided case went back to the queue; the handle-time clock is stopped.</numerusform>
                <numerusform>Paused. %n undecided cases went back to the queue; the handle-time clock is stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) came back with a problem: see Sync problems.</source>
            <translation>
                <numerusform>%n decision came back with a problem: see Sync problems.</numerusform>
                <numerusform>%n decisions came back with a problem: see Sync problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your session ended. Please sign in again.</source>
            <translation>Your session ended. Please sign in again.</translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>You are signed out.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The case service did not answer in time.</source>
            <translation>The case service did not answer in time.</translation>
        </message>
        <message>
            <source>Still signing out. %1</source>
            <translation>Still signing out. %1</translation>
        </message>
        <message>
            <source>Signing out: removing cached case content…</source>
            <translation>Signing out: removing cached case content…</translation>
        </message>
        <message>
            <source>Signing out: ending your session with the service…</source>
            <translation>Signing out: ending your session with the service…</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation>Held on this desk: the service kept refusing it</translation>
        </message>
        <message>
            <source>Conflict: someone else decided this case</source>
            <translation>Conflict: someone else decided this case</translation>
        </message>
        <message>
            <source>Refused: decision id reused (client problem, please report)</source>
            <translation>Refused: decision id reused (client problem, please report)</translation>
        </message>
        <message>
            <source>Rejected by the service</source>
            <translation>Rejected by the service</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Sync problems · Live Review Desk</source>
            <extracomment>the ids of the held decisions to put back in the outbox</extracomment>
            <translation>Sync problems · Live Review Desk</translation>
        </message>
        <message>
            <source>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</source>
            <translation>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</translation>
        </message>
        <message>
            <source>No problems: every decision was accepted.</source>
            <translation>No problems: every decision was accepted.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <translation>
                <numerusform>Send %n held decision again</numerusform>
                <numerusform>Send %n held decisions again</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending again…</source>
            <translation>Sending again…</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <source>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</source>
            <translation>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Queues</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>Oldest case</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>Target (SLA)</translation>
        </message>
        <message>
            <source>Start reviewing</source>
            <translation>Start reviewing</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>No queue is open to you right now. Ask your team lead.</source>
            <translation>No queue is open to you right now. Ask your team lead.</translation>
        </message>
    </context>
    <context>
        <name>RevealLevels</name>
        <message>
            <source>Blurred (hold shows grey)</source>
            <extracomment>most protective first; the index is the strictness order marked for translation: the client shows them with translate_marked("RevealLevels", …)</extracomment>
            <translation>Blurred (hold shows grey)</translation>
        </message>
        <message>
            <source>Blurred, hold to reveal</source>
            <translation>Blurred, hold to reveal</translation>
        </message>
        <message>
            <source>Grayscale, hold for colour</source>
            <translation>Grayscale, hold for colour</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Paused. Your undecided cases went back to the queue.</source>
            <translation>Paused. Your undecided cases went back to the queue.</translation>
        </message>
        <message>
            <source>Getting the next cases…</source>
            <translation>Getting the next cases…</translation>
        </message>
        <message>
            <source>Choose a queue to start.</source>
            <translation>Choose a queue to start.</translation>
        </message>
        <message>
            <source>The chat log could not be read from the cache.</source>
            <translation>The chat log could not be read from the cache.</translation>
        </message>
        <message>
            <source>No cases are waiting in this queue right now; checking again shortly.</source>
            <translation>No cases are waiting in this queue right now; checking again shortly.</translation>
        </message>
        <message>
            <source>No case on screen.</source>
            <translation>No case on screen.</translation>
        </message>
        <message>
            <source>Read and acknowledge the urgent guideline update above before deciding.</source>
            <translation>Read and acknowledge the urgent guideline update above before deciding.</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>Not recorded: %1</translation>
        </message>
        <message>
            <source>%1 recorded · %2 undoes it for %3</source>
            <translation>%1 recorded · %2 undoes it for %3</translation>
        </message>
        <message>
            <source>Nothing to undo: a decision can be undone for %1.</source>
            <translation>Nothing to undo: a decision can be undone for %1.</translation>
        </message>
        <message>
            <source>Undo failed: %1</source>
            <translation>Undo failed: %1</translation>
        </message>
        <message>
            <source>Undone: %1 was retracted.</source>
            <translation>Undone: %1 was retracted.</translation>
        </message>
        <message>
            <source>No case on screen to skip.</source>
            <translation>No case on screen to skip.</translation>
        </message>
        <message>
            <source>Skip cancelled.</source>
            <translation>Skip cancelled.</translation>
        </message>
        <message>
            <source>Skipped (%1). The case went back to the queue.</source>
            <translation>Skipped (%1). The case went back to the queue.</translation>
        </message>
        <message>
            <source>Guideline update acknowledged.</source>
            <translation>Guideline update acknowledged.</translation>
        </message>
        <message>
            <source>Acknowledged. One more update to read.</source>
            <translation>Acknowledged. One more update to read.</translation>
        </message>
        <message>
            <source>Review is paused. Press Resume to continue.</source>
            <translation>Review is paused. Press Resume to continue.</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Last sync: not yet</source>
            <extracomment>show the lease countdown as a warning below this many seconds</extracomment>
            <translation>Last sync: not yet</translation>
        </message>
        <message>
            <source>Last sync: just now</source>
            <translation>Last sync: just now</translation>
        </message>
        <message numerus="yes">
            <source>Last sync: %Ln s ago</source>
            <translation>
                <numerusform>Last sync: %Ln s ago</numerusform>
                <numerusform>Last sync: %Ln s ago</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>Connection</source>
            <extracomment>the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes</extracomment>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation>Waiting to sync</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Lease</source>
            <translation>Lease</translation>
        </message>
        <message>
            <source>No cases leased</source>
            <translation>No cases leased</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>Policy version</translation>
        </message>
        <message>
            <source>Disk space</source>
            <extracomment>shown only while the data folder's disk is almost full</extracomment>
            <translation>Disk space</translation>
        </message>
        <message>
            <source>No sync problems</source>
            <translation>No sync problems</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>Sync problems</translation>
        </message>
        <message>
            <source>Policy %1</source>
            <translation>Policy %1</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln sync problem(s)</source>
            <translation>
                <numerusform>⚠ %Ln sync problem</numerusform>
                <numerusform>⚠ %Ln sync problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting to sync</source>
            <translation>
                <numerusform>%Ln waiting to sync</numerusform>
                <numerusform>%Ln waiting to sync</numerusform>
            </translation>
        </message>
        <message>
            <source>Disk full: cases cannot be saved</source>
            <translation>Disk full: cases cannot be saved</translation>
        </message>
        <message>
            <source>Disk almost full: %1 MB free</source>
            <translation>Disk almost full: %1 MB free</translation>
        </message>
        <message>
            <source>Free some space: a decision that cannot be saved is refused, not lost.</source>
            <translation>Free some space: a decision that cannot be saved is refused, not lost.</translation>
        </message>
        <message numerus="yes">
            <source>Sync stopped: restarting in %Ln s</source>
            <translation>
                <numerusform>Sync stopped: restarting in %Ln s</numerusform>
                <numerusform>Sync stopped: restarting in %Ln s</numerusform>
            </translation>
        </message>
        <message>
            <source>Client too old: update needed</source>
            <translation>Client too old: update needed</translation>
        </message>
        <message>
            <source>Signed out by the service</source>
            <translation>Signed out by the service</translation>
        </message>
        <message numerus="yes">
            <source>● Online: %Ln decision(s) being retried alone</source>
            <translation>
                <numerusform>● Online: %Ln decision being retried alone</numerusform>
                <numerusform>● Online: %Ln decisions being retried alone</numerusform>
            </translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>● Offline: work is kept</source>
            <translation>● Offline: work is kept</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>%1 · clock off by %2</source>
            <comment>the last sync, then the clock skew</comment>
            <translation>%1 · clock off by %2</translation>
        </message>
        <message>
            <source>Lease ended</source>
            <translation>Lease ended</translation>
        </message>
        <message>
            <source>Lease %1</source>
            <translation>Lease %1</translation>
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation>● Online: uploads failing, retrying</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>QA reviewer</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Settings · Live Review Desk</source>
            <translation>Settings · Live Review Desk</translation>
        </message>
        <message>
            <source>Decision keys</source>
            <translation>Decision keys</translation>
        </message>
        <message>
            <source>Key problem</source>
            <translation>Key problem</translation>
        </message>
        <message>
            <source>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</source>
            <translation>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</translation>
        </message>
        <message>
            <source>Use the service's keys</source>
            <translation>Use the service's keys</translation>
        </message>
        <message>
            <source>Sensitive media (staged reveal)</source>
            <translation>Sensitive media (staged reveal)</translation>
        </message>
        <message>
            <source>Reveal level for %1</source>
            <translation>Reveal level for %1</translation>
        </message>
        <message>
            <source>Team default: %1</source>
            <translation>Team default: %1</translation>
        </message>
        <message>
            <source>Reveal level for sensitive media without an area</source>
            <translation>Reveal level for sensitive media without an area</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>No policy area</translation>
        </message>
        <message>
            <source>Breaks, lock and look</source>
            <translation>Breaks, lock and look</translation>
        </message>
        <message>
            <source>Break reminder after minutes of sensitive media</source>
            <translation>Break reminder after minutes of sensitive media</translation>
        </message>
        <message>
            <source> min</source>
            <comment>a spin box's unit, after the number</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Lock after minutes without activity</source>
            <translation>Lock after minutes without activity</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Break reminder after</source>
            <translation>&amp;Break reminder after</translation>
        </message>
        <message>
            <source>Lock when &amp;idle for</source>
            <translation>Lock when &amp;idle for</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>A new language applies from your next sign-in.</source>
            <translation>A new language applies from your next sign-in.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Save (%1)</translation>
        </message>
        <message>
            <source>Not changed. %1.</source>
            <translation>Not changed. %1.</translation>
        </message>
        <message>
            <source>Settings were not saved: %1</source>
            <translation>Settings were not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>(needs a policy area and a note)</source>
            <translation>(needs a policy area and a note)</translation>
        </message>
        <message>
            <source>(needs a policy area)</source>
            <translation>(needs a policy area)</translation>
        </message>
        <message>
            <source>(needs a note)</source>
            <translation>(needs a note)</translation>
        </message>
        <message>
            <source>Decisions (one key records the decision and shows the next case):</source>
            <translation>Decisions (one key records the decision and shows the next case):</translation>
        </message>
        <message>
            <source>Policy areas (pick before the action):</source>
            <translation>Policy areas (pick before the action):</translation>
        </message>
        <message>
            <source>Keys do nothing while you type in a text field; Esc leaves the field.</source>
            <translation>Keys do nothing while you type in a text field; Esc leaves the field.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts · Live Review Desk</source>
            <translation>Keyboard shortcuts · Live Review Desk</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last decision (within the undo window)</source>
            <extracomment>a key in portable text ("Ctrl+Return"), or a platform's standard key (Find) ``install`` context of a key that acts only while its widget has the focus</extracomment>
            <translation>Undo the last decision (within the undo window)</translation>
        </message>
        <message>
            <source>Skip the case (asks for a reason)</source>
            <translation>Skip the case (asks for a reason)</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot clearly</source>
            <translation>Hold to see a blurred snapshot clearly</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>Previous / next snapshot</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pause or resume</translation>
        </message>
        <message>
            <source>Settings: keys, sensitive media, breaks, lock, theme</source>
            <translation>Settings: keys, sensitive media, breaks, lock, theme</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>This list</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <extracomment>the chat pane</extracomment>
            <translation>Search the chat</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>In the chat: that author's messages</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>Clear the chat filter, leave a text field</translation>
        </message>
        <message>
            <source>Submit the calibration session</source>
            <extracomment>Return, and Enter on the keypad</extracomment>
            <translation>Submit the calibration session</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Save the settings</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in · Live Review Desk</source>
            <translation>Sign in · Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Demo: a case service with seeded cases runs on this computer.</source>
            <translation>Demo: a case service with seeded cases runs on this computer.</translation>
        </message>
        <message>
            <source>Sign in to review Live cases.</source>
            <translation>Sign in to review Live cases.</translation>
        </message>
        <message>
            <source>Case service</source>
            <translation>Case service</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>https://review.example.com</source>
            <translation>https://review.example.com</translation>
        </message>
        <message>
            <source>Case service address</source>
            <translation>Case service address</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>your user name</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation>Set by your IT department for this computer.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>Signing in to %1…</translation>
        </message>
    </context>
    <context>
        <name>SigningOutPage</name>
        <message>
            <source>Signing out: releasing cases…</source>
            <translation>Signing out: releasing cases…</translation>
        </message>
        <message numerus="yes">
            <source>Signing out: sending %n decision(s), releasing cases…</source>
            <translation>
                <numerusform>Signing out: sending %n decision, releasing cases…</numerusform>
                <numerusform>Signing out: sending %n decisions, releasing cases…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The case service did not answer in time: %n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>The case service did not answer in time: %n decision will stay on this machine and go to the service after your next sign-in.</numerusform>
                <numerusform>The case service did not answer in time: %n decisions will stay on this machine and go to the service after your next sign-in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>%n decision will stay on this machine and go to the service after your next sign-in.</numerusform>
                <numerusform>%n decisions will stay on this machine and go to the service after your next sign-in.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</source>
            <translation>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</translation>
        </message>
    </context>
    <context>
        <name>SkipReasonDialog</name>
        <message>
            <source>Skip this case</source>
            <extracomment>cases whose detail and chat are made ready ahead of the one on screen</extracomment>
            <translation>Skip this case</translation>
        </message>
        <message>
            <source>Why are you skipping this case? It goes back to the queue.</source>
            <translation>Why are you skipping this case? It goes back to the queue.</translation>
        </message>
        <message>
            <source>Press a number, or pick a reason and press Enter. Esc cancels.</source>
            <translation>Press a number, or pick a reason and press Enter. Esc cancels.</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>Skip reasons</translation>
        </message>
        <message>
            <source>Skip case</source>
            <translation>Skip case</translation>
        </message>
    </context>
    <context>
        <name>SyncThread</name>
        <message numerus="yes">
            <source>Sync stopped after %n error(s) in 10 minutes (run “reviewer doctor” for details).</source>
            <extracomment>never sleep longer than this between rounds (status bar freshness, lease countdown) store state key: releases (skips) asked for and not yet done on the service threads given up at sign-out, kept alive (not owned by any window) until they end at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts the process; its store writes are transactions either way) the engine failed and restarts in this many seconds (the status bar counts down)</extracomment>
            <translation>
                <numerusform>Sync stopped after %n error in 10 minutes (run “reviewer doctor” for details).</numerusform>
                <numerusform>Sync stopped after %n errors in 10 minutes (run “reviewer doctor” for details).</numerusform>
            </translation>
        </message>
    </context>
</TS>
