// ESLint flat config: typescript-eslint's recommended rules on every TypeScript file; formatting is Prettier's.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  // Tests read untyped JSON from the programs they run.
  { files: ['**/__tests__/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } }
)
