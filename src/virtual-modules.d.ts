// Types of the Starlight virtual modules that our component overrides import.
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore'; build: { format: 'file' | 'directory' | 'preserve' } };
	export default project;
}
