import Synchronization

/// Idle ``ScoringWorkspace``s of one scorer, so that successive calls reuse their token tables
/// and stem caches instead of starting empty.
///
/// Each workspace is handed to one caller at a time and taken back when the call ends. A
/// workspace whose vocabulary has grown past `maximumVocabulary` is let go rather than kept.
final class WorkspacePool: Sendable {
    private let idle = Mutex<[ScoringWorkspace]>([])
    private let maximumIdle = 16
    private let maximumVocabulary = 2_000_000

    /// A workspace for `scorer`: an idle one, or a new one.
    func take(for scorer: RougeScorer) -> ScoringWorkspace {
        idle.withLock { $0.popLast() } ?? ScoringWorkspace(scorer: scorer)
    }

    /// Gives back a workspace obtained from ``take(for:)``, which the caller no longer uses.
    func give(_ workspace: ScoringWorkspace) {
        guard workspace.pipeline.vocabularySize <= maximumVocabulary else { return }
        idle.withLock { workspaces in
            if workspaces.count < maximumIdle { workspaces.append(workspace) }
        }
    }
}
